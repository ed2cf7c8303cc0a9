"""A pull quote's source line (——选自王某在…上的讲话) names the speaker of the text after it."""

from speeches.ingest.speaker import quoted_from


def test_the_source_line_before_the_speechs_salutation_names_the_speaker():
    text = (
        "论文部分内容阅读\n“我们要牢记历史。”——选自郑海明在某某纪念座谈会上的讲话"
        "同胞们,同志们,朋友们:今天是纪念日。"
    )
    assert quoted_from(text).value == "郑海明"


def test_a_quote_from_another_speech_inside_a_lecture_names_no_one():
    text = "“我们要牢记历史。”——选自郑海明在某某纪念座谈会上的讲话。学习这句话,我体会到……"
    assert not quoted_from(text)
