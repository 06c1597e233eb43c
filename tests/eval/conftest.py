"""Fixtures for the eval tests: a folder of tiny gold sets in each format, and spaCy once."""

import json
from pathlib import Path

import pytest

SHARED_EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"


@pytest.fixture(scope="session")
def nlp():
    """spaCy with sitroom's ruler, loaded once per session (cached by `load_nlp`)."""
    from sitroom.pipeline import load_nlp

    return load_nlp()


ACLED_HEADER = (
    "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,"
    "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,"
    "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
    "notes,fatalities,timestamp,iso3\n"
)
ACLED_ROWS = (
    "1,729,SDN101,101,3-Jun-21,2021,1,Battles,Armed clash,Rapid Support Forces,,3,"
    "Military Forces of Sudan (2019-),,1,13,Northern Africa,Sudan,Khartoum,Bahri,,Bahri,"
    '15.6445,32.5531,1,Radio Dabanga,National,"On 3 June 2021, RSF fighters clashed with the '
    'army in Bahri. Four soldiers were killed. 6 fatalities split between 2 events.",3,1,SDN\n'
    "2,729,SDN102,102,3-Jun-21,2021,1,Battles,Armed clash,Rapid Support Forces,,3,"
    "Military Forces of Sudan (2019-),,1,13,Northern Africa,Sudan,Khartoum,Bahri,,Bahri,"
    '15.6445,32.5531,1,Radio Dabanga,National,"On 3 June 2021, RSF fighters clashed with the '
    'army in Bahri. Four soldiers were killed. 6 fatalities split between 2 events.",3,1,SDN\n'
    "3,466,MLI7,7,21 March 2020,2020,2,Violence against civilians,Attack,JNIM,,2,"
    "Civilians (Mali),,7,27,Western Africa,Mali,Mopti,Bandiagara,,Bandiagara,14.35,-3.61,2,"
    'AFP,International,"Around 21 March 2020, gunmen killed two herders near Bandiagara.",2,1,MLI\n'
)
AFRICA_OLD = (
    ",actor1,actor2,admin1,admin2,admin3,ally_actor_1,ally_actor_2,country,data_id,event_date,"
    "event_id_cnty,event_id_no_cnty,event_type,fatalities,geo_precision,gwno,inter1,inter2,"
    "interaction,latitude,location,longitude,notes,source,time_precision,year\n"
    "0,Rioters (Kenya),,Nairobi,Nairobi,,,,Kenya,9,2016-07-02,4411RTA,,Riots/Protests,0,1,501,"
    "5,0,50,-1.28,Nairobi,36.82,Traders rioted in Nairobi over new market fees.,"
    "Daily Nation,1,2016\n"
    "1,Al Shabaab,Civilians (Somalia),Bay,Baydhabo,,,,Somalia,10,2016-07-02,4412RTA,,"
    "Remote violence,2,1,520,2,7,27,3.11,Baidoa,43.64,Two people died when mortars hit a market "
    "in Baidoa.,AFP,1,2016\n"
)


@pytest.fixture
def gold_dir(tmp_path):
    (tmp_path / "acled").mkdir()
    (tmp_path / "acled" / "new.csv").write_text(ACLED_HEADER + ACLED_ROWS)
    (tmp_path / "acled" / "subset.csv").write_text(ACLED_HEADER + ACLED_ROWS.splitlines(True)[2])
    (tmp_path / "acled" / "old.csv").write_text(AFRICA_OLD)
    (tmp_path / "case").mkdir()
    (tmp_path / "case" / "snippets.tsv").write_text(
        "id\tEventSnippet\tSubType\n"
        "1\tDrones struck a fuel depot in Kherson, killing one guard.\tAIR_STRIKE\n"
        "2\tFloods displaced 3,000 families in Kassala state.\tNATURAL_DISASTER\n"
        "3\tStudents marched peacefully in Bamako against fee rises.\tPEACE_PROTEST\n"
    )
    (tmp_path / "pitf").mkdir()
    (tmp_path / "pitf" / "p.csv").write_text(
        "source_file,event_type,start_day,start_month,start_year,country,locality,latitude,"
        "longitude,deaths_number,injured_number,description\n"
        "f,Incident,05,02,2015,NGA,Baga,13.11,13.87,12,4,"
        "Gunmen killed 12 fishermen in Baga on Thursday.\n"
        "f,Incident,,03,2015,SYR,Idlib,35.93,36.63,3,0,Three aid workers were shot dead in Idlib.\n"
    )
    (tmp_path / "ucdp").mkdir()
    (tmp_path / "ucdp" / "g.csv").write_text(
        "id,source_headline,source_date,date_prec,date_start,date_end,latitude,longitude,best,"
        "where_coordinates,adm_1,side_a,side_b\n"
        ",#description,#date,,#date+start,#date+end,#geo+lat,#geo+lon,#affected+killed,,,,\n"
        "11,Mortar fire kills five in Mosul;http://example.org/x,2016-10-20,1,2016-10-19,"
        "2016-10-19,36.34,43.13,5,Mosul,Ninewa,Government of Iraq,IS\n"
        "14,Mortar fire kills five in Mosul,2016-10-20,2,2016-10-18,2016-10-19,36.30,43.10,0,"
        "Mosul,Ninewa,Government of Iraq,IS\n"
    )
    (tmp_path / "plover").mkdir()
    (tmp_path / "plover" / "gsr.json").write_text(
        json.dumps(
            [
                {"id": "X-DOC-0001", "event": "DOCUMENT", "version": "0.5b1", "eventText": ""},
                {
                    "id": "X-FIGHT-0003",
                    "event": "FIGHT",
                    "version": "0.5b1",
                    "date": "2000-01-01",
                    "text": "Artillery hit Avdiivka overnight, killing two.",
                    "dead": "2",
                },
                {
                    "id": "X-DEMAND-0004",
                    "event": "DEMAND",
                    "version": "0.5b1",
                    "date": "2000-01-01",
                    "text": "Herders demanded the return of their cattle in Jonglei.",
                },
            ]
        )
    )
    (tmp_path / "petr").mkdir()
    (tmp_path / "petr" / "CAMEO2PLOVER-2021.txt").write_text(
        "# table\n03: AGREE\n031: AGREE,  , diplomatic # x\n19: ASSAULT\n190: ASSAULT, , military\n"
    )
    (tmp_path / "petr" / "v.flat.json").write_text(
        json.dumps(
            [
                {
                    "id": "A1",
                    "date": "20080806",
                    "text": "Chad and Sudan agreed to reopen the border.",
                    "codings": [{"eventcode": "031"}, {"eventcode": "031"}],
                },
                {
                    "id": "A2",
                    "date": "20080807",
                    "text": "The minister said the talks were useful.",
                    "codings": [{"eventcode": "010"}],
                },
            ]
        )
    )
    (tmp_path / "mine.jsonl").write_text(
        json.dumps(
            {
                "id": 7,
                "article": "Militants attacked a checkpoint in Gao.",
                "published": "2022-01-04",
                "events": [{"event_type": "Battles", "sub_event_type": "Armed clash"}],
            }
        )
        + "\n"
    )
    return tmp_path
