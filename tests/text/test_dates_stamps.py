"""Page stamps run into a line are left out before a line is read for a date."""

from speeches.text.dates import without_stamps


def test_an_upload_day_over_a_file_size_is_a_stamp():
    assert "2021" not in without_stamps("2021-03-07 52.1KB 6页 在某某大会上的讲话")
    assert "2021" not in without_stamps("2021-03-07 860 KB")


def test_a_day_without_a_size_or_time_stays():
    assert "2021-03-07" in without_stamps("在某某大会上的讲话 2021-03-07")
