"""Page stamps run into a line are left out before a line is read for a date."""

from speeches.text.dates import without_stamps


def test_an_upload_day_over_a_file_size_is_a_stamp():
    assert "2021" not in without_stamps("2021-03-07 52.1KB 6页 在某某大会上的讲话")
    assert "2021" not in without_stamps("2021-03-07 860 KB")


def test_a_day_without_a_size_or_time_stays():
    assert "2021-03-07" in without_stamps("在某某大会上的讲话 2021-03-07")


def test_an_upload_line_is_a_stamp():
    # 2026-03-06 发布于某省: a document site's upload line dates nothing
    assert "2026" not in without_stamps("2026-03-06 发布于某省• 举报(3篇)关于社区书记讲党课讲稿")
    assert "2025" not in without_stamps("2025年1月2日上传于某市")
