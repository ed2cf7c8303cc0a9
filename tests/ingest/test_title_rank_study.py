"""The learned title-candidate ranker (a study, not wired into the extractor): candidates and
features on short real lines, the shipped weights load, scoring is deterministic (issue 25,
round 23; bench/metadata_devset/title_rank/train.py trains and judges it)."""

import numpy as np

from bench.metadata_devset.title_rank import model as tr

# a report's title block: title, unmarked date-and-occasion line, name line, salutation
REPORT = "\n".join(
    [
        "政府工作报告",
        "马伟在泗阳县第十七届人民代表大会第三次会议上的报告",
        "各位代表:",
        "现在,我代表泗阳县人民政府,向大会报告工作,请予审议。",
    ]
)
# a news heading with the speaker's name before 在, a dispatch line, a salutation
HEADING = "\n".join(
    [
        "习近平在第六届东方经济论坛全会开幕式上的致辞(全文)",
        "新华社北京9月3日电",
        "尊敬的普京总统,女士们,先生们,朋友们:",
        "感谢普京总统盛情邀请。",
    ]
)


def _texts(text: str, rules: str = "") -> list[str]:
    return [tr.squash(c.text) for c in tr.candidates(text, rules)]


def test_a_subtitle_line_loses_the_name_before_zai_when_joined():
    texts = _texts(REPORT, "政府工作报告")
    assert "政府工作报告——在泗阳县第十七届人民代表大会第三次会议上的报告" in texts
    assert "政府工作报告" in texts


def test_a_heading_gives_its_title_without_name_and_bracket():
    texts = _texts(HEADING)
    assert "在第六届东方经济论坛全会开幕式上的致辞" in texts
    assert "" in texts  # no title at all is always a candidate


def test_the_rules_pick_is_marked_and_kept_when_the_head_lacks_it():
    cands = tr.candidates(HEADING, "另一个标题")
    assert [c.text for c in cands if c.rules] == ["另一个标题"]
    empty = [c for c in cands if c.empty]
    assert len(empty) == 1 and not empty[0].rules


def test_features_read_the_lines_around_a_candidate():
    ranked = tr.rank_inputs(REPORT, "政府工作报告")
    assert ranked.matrix.shape == (len(ranked.candidates), len(tr.FEATURE_NAMES))
    row = next(i for i, c in enumerate(ranked.candidates) if tr.squash(c.text) == "政府工作报告")
    vec = dict(zip(tr.FEATURE_NAMES, ranked.matrix[row], strict=True))
    assert vec["rules"] == 1.0
    assert vec["pos_first"] == 1.0
    assert vec["genre_end"] == 1.0
    assert vec["salutation_within3"] == 1.0
    assert vec["next_position"] == 0.0  # the occasion line carries no post
    joined = "政府工作报告——在泗阳县第十七届人民代表大会第三次会议上的报告"
    sub = next(i for i, c in enumerate(ranked.candidates) if tr.squash(c.text) == joined)
    sub_vec = dict(zip(tr.FEATURE_NAMES, ranked.matrix[sub], strict=True))
    assert sub_vec["part2_zai"] == 1.0 and sub_vec["kind_sub"] == 1.0
    assert sub_vec["next_salutation"] == 1.0


def test_features_of_a_chrome_line_and_the_empty_candidate():
    chrome = "发布时间:2020-03-01 17:17:54来源:范文大全收藏本文下载本文手机版"
    text = f"{chrome}\n在全省领导干部大会上的讲话\n同志们:\n今天。"
    ranked = tr.rank_inputs(text)
    vecs = {
        tr.squash(c.text): dict(zip(tr.FEATURE_NAMES, row, strict=True))
        for c, row in zip(ranked.candidates, ranked.matrix, strict=True)
    }
    assert vecs[tr.squash(chrome)]["chrome"] == 1.0
    assert vecs["在全省领导干部大会上的讲话"]["zai_shang"] == 1.0
    assert vecs["在全省领导干部大会上的讲话"]["prev_chrome"] == 1.0
    assert vecs[""]["empty"] == 1.0 and vecs[""]["empty_rules_empty"] == 1.0


def test_the_shipped_weights_load_and_score_deterministically():
    weights = tr.load_weights()
    assert weights.shape == (len(tr.FEATURE_NAMES),)
    assert np.isfinite(weights).all() and np.abs(weights).sum() > 0
    first = tr.best_title(REPORT, "政府工作报告")
    assert first == tr.best_title(REPORT, "政府工作报告")
    ranked = tr.rank_inputs(HEADING)
    assert np.array_equal(
        tr.scores(ranked.matrix, weights), tr.scores(tr.rank_inputs(HEADING).matrix, weights)
    )


def test_training_is_deterministic_and_learns_a_toy_preference():
    # two copies: the labelled title is the candidate with a genre word at the end
    copies = []
    for text in (REPORT, HEADING):
        ranked = tr.rank_inputs(text)
        gold = next(
            i
            for i, c in enumerate(ranked.candidates)
            if tr.squash(c.text) in ("政府工作报告", "在第六届东方经济论坛全会开幕式上的致辞")
        )
        copies.append((ranked.matrix, gold))
    w1 = tr.train(copies, steps=50)
    w2 = tr.train(copies, steps=50)
    assert np.array_equal(w1, w2)
    for matrix, gold in copies:
        assert int(np.argmax(tr.scores(matrix, w1))) == gold
