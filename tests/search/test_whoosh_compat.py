"""The Whoosh patches refuse any Whoosh but the one they were written for."""

import pytest
from whoosh.codec import whoosh3

from speeches.search.embedded import whoosh_compat


def test_the_installed_whoosh_is_the_patched_version():
    whoosh_compat.check_version()
    assert whoosh3.W3PerDocReader._cached_reader.archive_memoized


@pytest.mark.parametrize("version", [(2, 7, 3), (2, 7, 5), (2, 8, 0)])
def test_another_whoosh_version_is_refused(version):
    with pytest.raises(whoosh_compat.WhooshVersionError, match=r"2\.7\.4"):
        whoosh_compat.check_version(version)
