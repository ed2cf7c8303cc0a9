"""``{% research_menu %}``: the header's research tools, carrying the page's query."""

from __future__ import annotations

from django import template

from speeches import research_tools

register = template.Library()


@register.inclusion_tag("speeches/_research_menu.html", takes_context=True)
def research_menu(context) -> dict:
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    url_name = match.view_name if match else None
    get = request.GET if request is not None else {}
    user = getattr(request, "user", None)
    tools = research_tools.menu(url_name, get, user)
    return {"tools": tools, "label": research_tools.MENU_LABEL}
