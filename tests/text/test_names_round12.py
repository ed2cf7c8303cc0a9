"""Round 12 (issue 25): a Traditional copy's name line with a less common surname."""

from speeches.text.names import looks_like_name

from ..ingest.metadata_reading import meta_of, stored


def test_a_rare_surname_makes_a_name_with_a_two_character_given_name():
    assert looks_like_name("陽某笙") and looks_like_name("阳某笙")
    assert not looks_like_name("阳光")  # too short for a less common surname


def test_a_traditional_name_line_over_the_salutation_names_the_speaker():
    raw = (
        "某某會務工作報告——在某某工作者第四次代表大會上的報告\n陽某笙\n"
        "各位代表,我受大會領導小組的委託,向大會報告第三次大會以來的會務工作。"
    )
    assert stored(meta_of(raw).speaker) == "阳某笙"
