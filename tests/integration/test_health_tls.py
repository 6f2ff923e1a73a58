"""The heartbeat's ping over TLS: answered with the right certificates, refused clearly without."""

import pytest

from remote_engines import make_certificates, start_tls_engine
from volgui.engine.errors import EngineError
from volgui.engine.health import Pinger
from volgui.engine.profiles import make_custom_profile

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def test_ping_over_tls(tmp_path):
    certs = make_certificates(tmp_path / "certs")
    engine, url = start_tls_engine(certs)
    try:
        good = make_custom_profile("tls", url, ca_cert=certs.ca, client_cert=certs.client_cert,
                                   client_key=certs.client_key).profile
        pinger = Pinger(good.spec(), timeout=5, api_version="1.41")
        try:
            assert pinger.ping() >= 0
            assert pinger.ping() >= 0
        finally:
            pinger.close()
        wrong = make_custom_profile("bad ca", url, ca_cert=certs.other_ca, client_cert=certs.client_cert,
                                    client_key=certs.client_key).profile
        pinger = Pinger(wrong.spec(), timeout=5, api_version="1.41")
        try:
            with pytest.raises(EngineError) as info:
                pinger.ping()
            assert "not signed by the CA" in info.value.message
        finally:
            pinger.close()
    finally:
        engine.destroy()
