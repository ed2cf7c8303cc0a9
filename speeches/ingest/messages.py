"""Messages for the user from the pure ingest modules, translatable without Django.

A ``Message`` reads as its Chinese text (the command line, logs, JSON and existing checks see
exactly that) and also keeps its msgid and values, so the web layer can show it in the
reader's language: ``gettext(message.msgid) % message.params``. ``makemessages`` collects
the msgids because the constructor is called as ``_(…)``.
"""

from __future__ import annotations

from typing import Any


class Message(str):
    msgid: str
    params: dict[str, Any]

    def __new__(cls, msgid: str, **params: Any) -> Message:
        text = msgid % params if params else msgid
        message = super().__new__(cls, text)
        message.msgid = msgid
        message.params = params
        return message

    def __reduce__(self):
        # Pickled across worker processes: rebuild from the msgid, not from the text.
        return (_rebuild, (self.msgid, self.params))


def _rebuild(msgid: str, params: dict[str, Any]) -> Message:
    return Message(msgid, **params)


_ = Message
