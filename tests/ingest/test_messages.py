"""Ingest messages: Chinese text for the command line, msgid and values for translation."""

from __future__ import annotations

import json
import pickle

from speeches.ingest.messages import Message, _


def test_message_reads_as_its_chinese_text():
    message = _("文件过大：%(size)s 字节", size="2,048")
    assert message == "文件过大：2,048 字节"
    assert json.dumps(message, ensure_ascii=False) == '"文件过大：2,048 字节"'
    assert str(Exception(message)) == "文件过大：2,048 字节"


def test_message_keeps_msgid_and_values_across_processes():
    message = pickle.loads(pickle.dumps(_("zip 成员损坏：%(error)s", error="CRC")))
    assert isinstance(message, Message)
    assert (message.msgid, message.params) == ("zip 成员损坏：%(error)s", {"error": "CRC"})


def test_message_without_values_keeps_percent_signs():
    assert _("压缩率 100%") == "压缩率 100%"
