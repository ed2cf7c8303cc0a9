"""How speeches address their audience (同志们：, 尊敬的…, 各位领导…): where the body begins.

One word list for every use: the cleaner splits a title off a flattened first line at a
salutation, the metadata reader ends the header there, and neither kind of line is ever a
title or a speaker's name.
"""

from __future__ import annotations

import re

# Words that open a salutation; the rest of it ("各位领导、同志们") follows up to a colon.
OPENERS = (
    "尊敬的",
    "各位",
    "同志们",
    "亲爱的",
    "女士们",
    "先生们",
    "老师们",
    "同学们",
    "朋友们",
    "同事们",
    # a press conference: 新闻界的朋友们, 记者朋友们
    "新闻界",
    "记者朋友们",
    "媒体朋友们",
    "全市人民",
    "全省人民",
    "全县人民",
)
# Short lines that are a salutation or a closing formula, never a name or title.
FORMULAS = frozenset(
    {
        "同志们",
        "同事们",
        "朋友们",
        "各位领导",
        "各位同志",
        "各位代表",
        "谢谢",
        "谢谢大家",
        "讲话",
        "发言",
        "致辞",
        "报告",
        "主持词",
        "大家好",
    }
)
_OPEN = "|".join(OPENERS)

# A line that opens the body: "尊敬的各位来宾：", "同志们，", "各位代表！".
SALUTATION_LINE = re.compile(rf"^(?:{_OPEN})[^。\n]{{0,40}}?[:：，,！!]")
# A line that is nothing but a salutation word.
SALUTATION_WORD = re.compile(r"^(?:同志们|各位领导|各位同志|各位代表|同事们|朋友们)")
# Inside a flattened line: where the salutation (and so the body) starts.
SALUTATION_IN_LINE = re.compile(
    r"(各位领导[^:：。]{0,20}|同志们(?:[、，,][^:：。！？]{2,12})?|各位代表[^:：。]{0,10}|同事们"
    # …的致辞尊敬的各位老师、亲爱的同学们: right after a finished title
    r"|(?<=讲话|致辞|发言|报告|演讲)(?:尊敬的|亲爱的)[^:：。！？]{2,40}"
    r"|(?<=讲话|致辞|发言|报告|演讲)[^:：。！？，,]{1,12}们)[:：]"
)
# The salutation at the head of a paragraph, to read past it.
SALUTATION_PREFIX = re.compile(
    r"^(?:尊敬的[^：:]{0,30}|各位[^：:]{0,20}|同志们|同事们|朋友们)[：:，,]?"
)
# Right after a name in a flattened header: "…（2023年1月5日）王某某同志们：".
SALUTATION_AHEAD = re.compile(rf"(?:{_OPEN})")
