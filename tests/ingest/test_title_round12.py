"""Round 12 title shapes on news copies (issue 25): the speech's own title found under a
news headline and page chrome; the headline kept as the other title."""

from __future__ import annotations

from tests.ingest.metadata_reading import meta_of

BODY = (
    "同志们,朋友们:\n今天,我们在这里隆重集会,庆祝这个重要的日子。"
    "我们要坚持团结奋斗,把各项工作抓实抓细,推动事业不断向前发展。\n"
    "各级组织要提高站位,压实责任,确保各项任务落到实处。\n"
)


def test_a_named_headline_run_into_the_printed_title_it_rewords_is_split():
    # 王某:在…大会上的讲话 (the page's wording), then the printed title a word longer
    head = "柳文山:在临江市建市50周年大会上的讲话在临江市建市50周年庆祝大会上的讲话\n"
    meta = meta_of(head + "(2019年10月8日,临江)\n柳文山\n" + BODY)
    assert meta.title.value == "在临江市建市50周年庆祝大会上的讲话"
    assert meta.alt_title.value == "柳文山:在临江市建市50周年大会上的讲话"
