"""Road and rail accidents are no violence between actors; a weapon in the sentence keeps the attack (lead)."""

from __future__ import annotations

from conftest import event_triples


def _violent(triples: list[tuple[str, str | None, str | None]]) -> list[str]:
    return [code for code, _, _ in triples if code[:2] in {"18", "19"}]


def test_people_killed_when_a_bus_hit_a_truck_is_no_attack(analyse) -> None:
    result = analyse("Three persons were killed when the bus hit a truck in Raipur district on Monday.", "2015-05-03")
    assert not _violent(event_triples(result))


def test_soldiers_killed_when_their_vehicle_overturned_is_no_attack(analyse) -> None:
    result = analyse("Two soldiers were killed when their vehicle overturned in Kupwara district.", "2015-05-03")
    assert not _violent(event_triples(result))


def test_a_vehicle_that_hit_a_landmine_is_still_a_bombing(analyse) -> None:
    result = analyse("Two soldiers were killed when their vehicle hit a landmine in Kupwara district.", "2015-05-03")
    assert _violent(event_triples(result)) == ["183"]


def test_militants_attacking_a_vehicle_is_still_an_attack(analyse) -> None:
    result = analyse("Two soldiers were killed when militants attacked their vehicle in Kupwara district.",
                     "2015-05-03")
    assert _violent(event_triples(result))


def test_a_crash_or_stampede_that_kills_is_no_attack(analyse) -> None:
    crash = analyse("The crash of an Air India Boeing 737 killed 61 people near Mangalore, the aviation ministry "
                    "said.", "1988-05-03")
    stampede = analyse("A stampede at the shrine killed 14 pilgrims on Sunday, police said.", "2015-05-03")
    assert not _violent(event_triples(crash))
    assert not _violent(event_triples(stampede))


def test_gunmen_who_kill_at_a_shrine_still_attack(analyse) -> None:
    result = analyse("Gunmen killed 14 pilgrims at the shrine on Sunday, police said.", "2015-05-03")
    assert _violent(event_triples(result))


def test_weather_that_kills_is_no_attack(analyse) -> None:
    result = analyse("Hailstorms and strong winds in Guangxi killed three people and damaged crops, the Xinhua news "
                     "agency reported.", "1987-05-03")
    assert not _violent(event_triples(result))
