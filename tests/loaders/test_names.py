"""Person-name parsing: printed forms, lists, honours, roles, non-names."""

from __future__ import annotations

import pytest
from councilgraph.loaders.text import names as names_module
from councilgraph.loaders.text.names import gender_class, parse_name, split_name_list
from hypothesis import given
from hypothesis import strategies as st


@pytest.mark.parametrize(
    "printed, title, initials, surname",
    [
        ("Mr A M Ridgers", "Mr", "AM", "Ridgers"),
        ("Mrs P T Cole", "Mrs", "PT", "Cole"),
        ("Mr R G Streatfeild, MBE", "Mr", "RG", "Streatfeild"),
        ("Mrs Clair Bell", "Mrs", "C", "Bell"),
        ("Clair Bell", None, "C", "Bell"),
        ("Cllr Clair Bell", "Cllr", "C", "Bell"),
        ("Ms Meade", "Ms", "", "Meade"),
        ("Dr Jeanelle de Gruchy", "Dr", "J", "de Gruchy"),
        ("Mrs L Parfitt-Reid", "Mrs", "L", "Parfitt-Reid"),
        ("Mr S J G Koowaree", "Mr", "SJG", "Koowaree"),
        ("Michael Thomas-Sam", None, "M", "Thomas-Sam"),
    ],
)
def test_parse_name(printed, title, initials, surname):
    name = parse_name(printed)
    assert name is not None
    assert (name.title, name.initials, name.surname) == (title, initials, surname)


@pytest.mark.parametrize("text", ["MBE", "Mr X", "Peter", "Conservative Vacancy", "Senior Commissioner",
                                  "the Council", "", "Bell", "Kent County Council"])
def test_not_a_person(text):
    assert parse_name(text) is None


def test_honours_kept_with_name_and_never_a_person():
    items = split_name_list("Mr T L Shonk, Mr R G Streatfeild, MBE, Mr R J Thomas")
    assert [i.text for i in items] == ["Mr T L Shonk", "Mr R G Streatfeild, MBE", "Mr R J Thomas"]
    assert all(i.name is not None for i in items)
    assert items[1].name.honours == ("MBE",)


def test_list_with_roles_and_commas_inside_parentheses():
    text = ("Richard Smith (Corporate Director of Adult Social Care and Health), Michael Thomas-Sam "
            "(Strategic Business Adviser, Social Care) and Dominic Westhoff (Democratic Services Officer).")
    items = split_name_list(text)
    assert [(i.text, i.note) for i in items] == [
        ("Richard Smith", "Corporate Director of Adult Social Care and Health"),
        ("Michael Thomas-Sam", "Strategic Business Adviser, Social Care"),
        ("Dominic Westhoff", "Democratic Services Officer"),
    ]
    for i in items:  # spans point at the printed item
        assert text[i.start:i.end].startswith(i.text)


def test_honour_then_substitute_note():
    items = split_name_list("Mrs T Dean, MBE (Substitute for Mr S J G Koowaree), Ms S Hamilton")
    assert items[0].text == "Mrs T Dean, MBE" and items[0].note == "Substitute for Mr S J G Koowaree"
    assert items[1].text == "Ms S Hamilton"


def test_gender_classes_tell_people_apart():
    assert gender_class("Mr") == "m" and gender_class("Ms") == "f" and gender_class("Mrs") == "f"
    assert gender_class("Dr") == "x" and gender_class(None) == "x"


_TITLES = st.sampled_from(["Mr", "Mrs", "Ms", "Miss", "Dr"])
_SURNAMES = st.from_regex(r"[A-Z][a-z]{2,9}(-[A-Z][a-z]{2,6})?", fullmatch=True).filter(
    lambda s: s.lower() not in {"kent", "care", "health", *names_module._NEVER_SURNAME})  # ("Mr A For" is no name)
_INITIALS = st.lists(st.sampled_from("ABCDEFGHJKLMNPRSTW"), min_size=1, max_size=3)


@given(_TITLES, _INITIALS, _SURNAMES, st.booleans())
def test_property_titled_initials_roundtrip(title, initials, surname, honour):
    printed = f"{title} {' '.join(initials)} {surname}" + (", MBE" if honour else "")
    name = parse_name(printed)
    assert name is not None
    assert name.title == title and name.initials == "".join(initials) and name.surname == surname
    assert name.display == f"{title} {' '.join(initials)} {surname}"


@given(st.lists(st.tuples(_TITLES, _INITIALS, _SURNAMES, st.booleans()), min_size=1, max_size=8))
def test_property_lists_split_into_their_names(people):
    printed = [f"{t} {' '.join(i)} {s}" + (", MBE" if h else "") for t, i, s, h in people]
    text = ", ".join(printed[:-1]) + (" and " if len(printed) > 1 else "") + printed[-1]
    items = split_name_list(text)
    assert [i.text for i in items] == printed
    assert all(i.name is not None and "MBE" not in i.name.surname for i in items)


@given(st.text(max_size=80))
def test_property_never_crashes(text):
    name = parse_name(text)
    if name is not None:
        assert name.surname and name.surname in text
    split_name_list(text)


@pytest.mark.parametrize("printed, surname", [
    ("Mrs B Ashcombe- Trew", "Ashcombe-Trew"),
    ("Ms Olwen Tregarth- Lowen", "Tregarth-Lowen"),
])
def test_a_double_barrelled_surname_wrapped_after_its_hyphen(printed, surname):
    name = parse_name(printed)
    assert name is not None and name.surname == surname and " " not in name.display.split()[-1]


@pytest.mark.parametrize("printed", ["Mr Smith - Director", "Mrs B Ashcombe -", "Mrs B Ashcombe- trew"])
def test_a_dash_between_words_is_not_a_wrapped_name(printed):
    assert parse_name(printed) is None


def test_two_people_run_together_are_not_one_name():
    assert parse_name("Mr Lambourne-Wright Dr Pashley") is None
    assert parse_name("Mrs Ann Lee Mr Bob Hale") is None
    assert parse_name("Mr John Lord") is not None  # a surname may be a title word
