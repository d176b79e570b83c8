import ipaddress

import pytest

from connectors.address_guard import BlockedAddress, check_public_url, is_public


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "0.0.0.0",
        "100.64.0.1",
        "224.0.0.1",
        "::1",
        "fe80::1",
        "fc00::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
    ],
)
def test_internal_addresses_are_not_public(address: str) -> None:
    assert not is_public(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"])
def test_internet_addresses_are_public(address: str) -> None:
    assert is_public(ipaddress.ip_address(address))


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost:8080/x",
        "http://[::1]/",
        "http://169.254.169.254/latest",
        "http://2130706433/",
        "ftp://example.org/",
        "http:///nohost",
    ],
)
async def test_urls_on_internal_hosts_or_other_schemes_are_blocked(url: str) -> None:
    with pytest.raises(BlockedAddress):
        await check_public_url(url)


@pytest.mark.asyncio
async def test_a_host_that_does_not_resolve_is_blocked() -> None:
    with pytest.raises(BlockedAddress, match="does not resolve"):
        await check_public_url("http://no-such-host.invalid/")
