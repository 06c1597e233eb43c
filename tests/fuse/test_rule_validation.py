"""Watch rules are checked on load: one line naming the rule and the key, never a silent rule."""

from __future__ import annotations

import pytest
import yaml

from sitroom.fuse.rules import RuleError, load_rules, parse_rules


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("rules: [{name: a, colour: red}]", "rule 'a': unknown key 'colour'"),
        ("rules: [{name: a, countries: [Iraq]}]", "rule 'a': unknown key 'countries'"),
        ("rules: [{name: a, lull_days: thirty}]", "rule 'a', key 'lull_days': expected a whole"),
        ("rules: [{name: a, lull_days: 2.5}]", "rule 'a', key 'lull_days': expected a whole"),
        ("rules: [{name: a, lull_days: true}]", "rule 'a', key 'lull_days': expected a whole"),
        ("rules: [{name: a, lull_days: 0}]", "key 'lull_days': expected a number of at least 1"),
        ("rules: [{name: a, country: {Iraq: 1}}]", "rule 'a', key 'country': expected a string"),
        ("rules: [{name: a, country: []}]", "rule 'a', key 'country': expected a string"),
        ("rules: [{name: a, actor: [US, 3]}]", "rule 'a', key 'actor': expected a string"),
        ("rules: [{name: a, status: old}]", "rule 'a', key 'status': expected one of new"),
        ("rules: [{name: a, point: [1, x], within_km: 3}]", "rule 'a', key 'point'"),
        ("rules: [{name: a, point: [1, 2]}]", "rule 'a', key 'within_km': point and within_km"),
        ("rules: [{name: a, historical: hide}]", "rule 'a', key 'historical'"),
        ("rules: [{type: Battles}]", "rule #1: key 'name' is required"),
        ("rules: [{name: a}, {name: a}]", "rule 'a': the name is used twice"),
        ("rules: [{name: a}]\nrule: []", "unknown top-level key 'rule'"),
        ("deliver: [{ftp: x}]\nrules: [{name: a}]", "top-level deliver: bad delivery"),
        ("rules: [{name: a, deliver: [{jsonl: 3}]}]", "rule 'a', key 'deliver': bad delivery"),
        ("rules: a", "expected a 'rules:' list"),
        ("rules: [", "not valid YAML"),
    ],
)
def test_each_mistake_is_one_line_naming_rule_and_key(tmp_path, text, message):
    path = tmp_path / "rules.yaml"
    path.write_text(text)
    with pytest.raises(RuleError) as caught:
        load_rules(path)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_lists_and_single_values_are_both_accepted():
    rules = parse_rules(
        yaml.safe_load(
            "rules:\n"
            "  - {name: a, country: [Iraq, Syria], type: Air/drone strike, actor: [Kataib, PKK]}\n"
            "  - {name: b, admin1: Anbar, within_km: 10, point: [33.8, 42.4], min_fatalities: 2}\n"
        )
    )
    assert rules[0].country == ("Iraq", "Syria") and rules[0].type == ("Air/drone strike",)
    assert rules[0].actor == ("Kataib", "PKK") and rules[1].admin1 == ("Anbar",)
    assert rules[1].within_km == 10.0 and rules[1].deliver[0].kind == "stdout"


def test_scope_words_for_messages():
    a, b = parse_rules(
        {"rules": [
            {"name": "a", "target": "United States", "country": ["Iraq", "Syria"]},
            {"name": "b", "what": "attack on US forces", "type": "Battles"},
        ]}
    )
    assert a.describe_scope() == "event on United States in Iraq or Syria"
    assert b.describe_scope() == "attack on US forces"
