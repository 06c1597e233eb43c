"""Fatalities and injuries through the parse, on sentences written for these tests."""

from __future__ import annotations

import pytest

from sitroom.time.casualties import combine, find_mentions, weapon_count

# (sentence, fatalities best or None, injuries best or None)
CASES = [
    # Iraq / Syria
    ("Ansar al-Sunna fighters killed three Mozambican soldiers at an outpost near the river.", 3, None),
    ("Four mortar rounds landed near the camp, but no casualties were reported.", 0, 0),
    ("The shelling caused no serious damage or casualties, the mayor said.", 0, 0),
    ("France keeps 1,500 troops in Chad to train the national army.", None, None),
    ("A roadside bomb killed two soldiers and wounded four others near Kirkuk.", 2, 4),
    ("Nobody was hurt when the drone hit an empty warehouse in Erbil.", None, 0),
    ("The death toll from the car bomb in Sadr City rose to 31, the ministry said.", 31, None),
    ("Clashes in Deir ez-Zor on Friday left at least 12 people dead.", 12, None),
    # Yemen
    ("A Houthi missile attack killed two crew members aboard the cargo ship.", 2, None),
    ("Coalition airstrikes killed at least 14 civilians in Saada province.", 14, None),
    ("Houthi forces said they shot down a drone; no injuries were reported.", None, 0),
    ("Nearly 30 people died in the bombing of the market in Taiz.", 30, None),
    # Sahel
    ("Jihadists killed a dozen soldiers in an ambush in northern Burkina Faso.", 12, None),
    ("Two militants were killed and a soldier was wounded in clashes near Gao.", 2, 1),
    ("Gunmen shot dead five villagers in central Mali.", 5, None),
    ("Suspected herders killed the village chief and his son near Mopti.", 2, None),
    # Ukraine
    ("Russian shelling wounded six residents of Kherson on Monday.", None, 6),
    ("A civilian was killed when a shell hit his house in Kharkiv.", 1, None),
    ("One soldier died and four were wounded in the drone attack.", 1, 4),
    ("The missile strike on Odesa killed 14 people and injured more than 50.", 14, 50),
    # Gaza
    ("Israeli airstrikes killed 12 Palestinians, including five children, in Rafah.", 12, None),
    ("Dozens of people were wounded in the shelling of Khan Younis.", None, 12),
    ("The strike on the school left four dead and nine wounded.", 4, 9),
    ("Hundreds of civilians have been killed since the ground operation began.", 100, None),
    # Sudan
    ("RSF fighters killed up to 40 villagers in El Fasher.", 40, None),
    ("Between 20 and 30 civilians were killed in the massacre in El Geneina.", 20, None),
    ("More than 100 people were killed in the attack on the camp.", 100, None),
    ("Three soldiers and two civilians were killed in the ambush near Kadugli.", 5, None),
    # Somalia / others
    ("Six people died and 15 others were injured after a truck bomb went off in Baidoa.", 6, 15),
    ("Al-Shabaab fighters killed a police officer and a teacher in Beledweyne.", 2, None),
    ("The blast claimed 22 lives in the busy market.", 22, None),
    ("Seven people lost their lives when gunmen attacked the bus.", 7, None),
    ("A village teacher was shot and killed by raiders.", 1, None),
    ("The gunmen killed the mayor along with 13 other people.", 14, None),
    ("Bandits shot dead a ward head in Tsafe along with two of his sons.", 3, None),
    ("Raiders killed a pastor in addition to four members of his church near Bokkos.", 5, None),
    ("Militiamen hacked to death a chief in Djugu in addition to his wife.", 2, None),
    ("A sniper shot dead a police officer outside the station in Kandahar.", 1, None),
    ("The raid on the poachers' camp ended, resulting in one ranger killed.", 1, None),
    # a party's claim beside a toll told as fact bounds it, never adds to it
    ("Two rebels were killed, and the rebels claimed that 15 soldiers died.", 2, None),
    ("The insurgents claimed they had killed 20 soldiers near Diffa.", 20, None),
    ("Several people were killed during the riot.", 10, None),
    ("The explosion caused no deaths but injured 3 guards.", 0, 3),
    ("On 3 June 2021, a shepherd was found dead near Tal Afar.", 1, None),
    ("Around 14 March 2022, 9 Wagner fighters were killed near Bakhmut.", 9, None),
    ("The army raid near Kidal ended with 11 rebels dead.", 11, None),
    ("The steering body of the alliance called for calm in Basra.", None, None),
    ("The bodies of 12 men were found near Deir ez-Zor.", 12, None),
    ("No fewer than seven herders were killed in the raid near Bama.", 7, None),
    ("A total of 88 people were killed when the bomb went off in Abuja.", 88, None),
    ("Nine farmers were on Sunday killed by bandits in Zamfara.", 9, None),
    ("Gunmen stormed a wedding and killed eleven guests in Zamfara.", 11, None),
    ("Eleven miners are dead after the raid on the gold site.", 11, None),
    ("Eleven people are dead.", 11, None),
    ("GOMA—Some 40 people are dead after rebels raided a camp overnight, a local official said.", 40, None),
    ("Medics said six were dead and more were missing after the shelling.", 6, None),
    ("Police said two officers and five assailants were killed in the shootout.", 7, None),
    # counts and victims a name in the phrase hides from the parse
    ("On Sunday, 6 ISWAP fighters were killed by troops near Monguno.", 6, None),
    ("Soldiers raided a camp at dawn. 9 Al Shabaab gunmen were killed in the raid.", 9, None),
    ("In Culiacan, Sinaloa, a taxi driver was shot dead on Tuesday.", 1, None),
    ("In Recife, Pernambuco, a fisherman from the coastal village was killed by gunmen.", 1, None),
    ("The 21 Brigade soldiers were killed in the ambush.", None, None),
    # deaths named but not told
    ("Gunmen tried to kill a magistrate outside the court in Jos.", None, None),
    ("Police foiled a plot to assassinate the governor of Kano.", None, None),
    ("Fifteen soldiers were killed or wounded when the convoy hit a mine.", 0, 15),
    ("Five rebels were killed, injured or captured in the raid near Bunia.", 0, None),
    ("The ambush ended with the killing of 1 ranger and the injuring of 3 more.", 1, None),
    # an "or" inside a later conjunct leaves the killing its own count
    ("Troops killed 9 bandits and arrested or wounded several others near Gusau.", 9, 10),
    # one victim told by a pronoun
    ("Gunmen shot a driver near Kitgum, resulting in his death.", 1, None),
    ("She died of her wounds in hospital on Friday.", 1, None),
    # a victim's body is that victim, not another death
    ("A trader was killed in Kasese and his beheaded body was dumped in a ditch.", 1, None),
    ("Two men were shot dead and the bodies of three more were found in the river.", 5, None),
    # a total sums the counts beside it
    ("Two guards were killed and a total of five people died in the riot.", 5, None),
    # a headline's passive without its 'were': the counted subject is the dead
    ("Eleven wounded, six villagers killed as a roadside mine rips through a minibus near Bannu.", 6, 11),
    ("Three soldiers killed, five injured as rebels ambush a convoy in Cabo Delgado.", 3, 5),
    ("Two gunmen killed a village guard near Kaduna.", 1, None),
    # one count for the dead and the hurt: some died, ACLED's half of the count
    ("Nine policemen were killed and wounded when their truck hit a mine near Tillaberi.", 4, 9),
    ("Militants stormed the post, killing and injuring 12 soldiers, near Mora.", 6, 12),
    ("Troops killed four rebels and wounded seven near Bambari.", 4, 7),
    # counts of the sides that share one casualty noun add up
    ("Fighting near Malakal on Sunday caused 4 militia and 1 police death.", 5, None),
    ("Four police and two civilian deaths were recorded after the raid near Tillaberi.", 6, None),
    ("The battle for the district centre in Kunduz caused 7 Taliban and 2 army fatalities.", 9, None),
    ("Officials reported 11 militant, 3 police and 2 civilian deaths in the fighting in Khost.", 16, None),
    # a body found after a place the parse takes for the subject; a killing found later
    ("On 3 March 2025, on the road between Celaya, Guanajuato, and Apaseo, Guanajuato, the "
     "body of a driver was found with bullet holes.", 1, None),
    ("On 5 March 2025, in Salina Cruz, Oaxaca, the charred body of a fisherman was found "
     "near the harbour.", 1, None),
    ("One opposition activist was detained by militiamen and later found killed.", 1, None),
]


@pytest.mark.parametrize(("sentence", "fatalities", "injuries"), CASES)
def test_counts(nlp, sentence, fatalities, injuries):
    toll = combine(find_mentions(nlp(sentence)[:]))
    got_f = toll.fatalities.best if toll.fatalities else None
    got_i = toll.injuries.best if toll.injuries else None
    assert (got_f, got_i) == (fatalities, injuries)


def test_enough_sentences():
    assert len(CASES) >= 30


def test_ranges_and_hedges(nlp):
    toll = combine(find_mentions(nlp("Between 20 and 30 civilians were killed in the raid.")[:]))
    assert (toll.fatalities.low, toll.fatalities.high) == (20, 30)
    toll = combine(find_mentions(nlp("RSF fighters killed up to 40 villagers.")[:]))
    assert (toll.fatalities.low, toll.fatalities.high) == (1, 40)
    toll = combine(find_mentions(nlp("Dozens of people were killed in the shelling.")[:]))
    assert toll.fatalities.exact is False and toll.fatalities.high > toll.fatalities.low


def test_killed_and_wounded_in_one_count_keeps_the_count_as_its_high_bound(nlp):
    toll = combine(find_mentions(nlp("Eight guards were killed and wounded in the raid on Juba.")[:]))
    assert (toll.fatalities.best, toll.fatalities.low, toll.fatalities.high) == (4, 1, 8)


def test_unknown_count_is_not_zero(nlp):
    sent = nlp("Army jets bombed hideouts in Zamfara, killing members of the gang.")[:]
    toll = combine(find_mentions(sent))
    assert toll.fatalities is None and toll.killed_unknown


def test_evidence_span_covers_number(nlp):
    doc = nlp("The explosion killed 19 people and wounded 53, a hospital director said.")
    mentions = find_mentions(doc[:])
    spans = {m.kind: doc.text[m.start:m.end] for m in mentions}
    assert "19" in spans["death"] and "53" in spans["injury"]


def test_weapon_count(nlp):
    doc = nlp("On Friday, four rockets were fired at the airfield.")
    trigger = next(t for t in doc if t.lemma_ == "fire")
    count, tok = weapon_count(doc[:], trigger)
    assert count == 4 and tok.lemma_ == "rocket"


def test_a_hidden_count_stays_in_the_evidence(nlp):
    doc = nlp("On Sunday, 6 ISWAP fighters were killed by troops near Monguno.")
    (death,) = [m for m in find_mentions(doc[:]) if m.kind == "death"]
    assert doc.text[death.start:death.end].startswith("6 ISWAP")


def test_killed_or_wounded_bounds_the_toll_from_above(nlp):
    toll = combine(find_mentions(nlp("Twenty police were killed or injured in the riot.")[:]))
    assert (toll.fatalities.best, toll.fatalities.low, toll.fatalities.high) == (0, 0, 20)


def test_the_sides_sharing_a_casualty_noun_are_all_in_its_evidence(nlp):
    doc = nlp("The clash near Beni left 4 rebel and 2 military fatalities.")
    (death,) = [m for m in find_mentions(doc[:]) if m.kind == "death"]
    assert doc.text[death.start:death.end] == "4 rebel and 2 military fatalities"


def test_the_plural_a_report_counted_before_keeps_its_count(nlp):
    doc = nlp("Two gunmen opened fire on a bus near Kano. Hours later the gunmen were killed by police.")
    second = list(doc.sents)[1]
    (death,) = [m for m in find_mentions(second) if m.kind == "death"]
    assert death.count is not None and death.count.best == 2


def test_a_plural_never_counted_before_stays_unknown(nlp):
    doc = nlp("Gunmen opened fire on a bus near Kano. Hours later the gunmen were killed by police.")
    second = list(doc.sents)[1]
    (death,) = [m for m in find_mentions(second) if m.kind == "death"]
    assert death.count is None


@pytest.mark.parametrize(
    "text",
    [
        # a clause restricts the plural to some of those counted before
        "Bandits abducted 40 farmers in Zamfara on Monday. On Wednesday, the bandits killed the "
        "farmers who could not pay a ransom.",
        "Rebels seized 25 miners near Walikale. Later the rebels killed the miners who tried to flee.",
        # the plural was told as the dead already: the same dead, counted there
        "Militants killed four policemen in Bannu on Friday. The policemen died defending a "
        "checkpoint, officials said.",
        "Gunmen killed three soldiers near Gao on Monday. On Tuesday, the soldiers killed in the "
        "ambush were buried in Bamako.",
    ],
)
def test_a_restricted_or_already_dead_plural_takes_no_earlier_count(nlp, text):
    second = list(nlp(text).sents)[1]
    counts = [m.count.best for m in find_mentions(second) if m.kind == "death" and m.count]
    assert counts == [], text
