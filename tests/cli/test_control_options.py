"""The control surfaces' command-line options: what they take, and a clear refusal otherwise."""

from __future__ import annotations

import pytest

from moderator.cli.main import parse_arguments


def test_ports_and_host_are_read():
    args = parse_arguments(["--control-port", "0", "--osc-port", "9000", "--control-host", "::"])
    assert (args.control_port, args.osc_port, args.control_host) == (0, 9000, "::")
    plain = parse_arguments([])
    assert (plain.control_port, plain.osc_port, plain.control_host) == (None, None, None)


@pytest.mark.parametrize(
    ("option", "value", "says"),
    [
        ("--control-port", "70000", "between 1 and 65535"),
        ("--osc-port", "-1", "between 1 and 65535"),
        ("--control-port", "eighty", "not a port number: 'eighty'"),
        ("--control-host", "stage-laptop.local", "not an IP address"),
    ],
)
def test_a_bad_port_is_refused_naming_it(capsys, option, value, says):
    with pytest.raises(SystemExit) as exit_:
        parse_arguments([option, value])
    assert exit_.value.code == 2
    error = capsys.readouterr().err
    assert option in error and says in error
