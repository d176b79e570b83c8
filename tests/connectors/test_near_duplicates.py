from connectors.near_duplicates import NearDuplicateIndex, from_bytes, signature_of, to_bytes

WIRE = (
    "The defence ministry said the missile was launched from an inland range on Sunday "
    "morning and landed in a designated sea area about 400 kilometres away, according to "
    "a statement carried by the state news agency, which gave no further details about "
    "the type of missile or the purpose of the test."
)
EDITED = WIRE.replace("Sunday morning", "Sunday").replace("state news agency", "official agency")
OTHER = (
    "Negotiators in Geneva agreed on Tuesday to extend the moratorium on nuclear explosive "
    "testing by twelve months, according to a joint statement released after three days of "
    "talks that diplomats described as difficult but constructive."
)


def index(**kwargs: float) -> NearDuplicateIndex:
    return NearDuplicateIndex(**{"threshold": 0.7, "max_items": 100, "max_age": 3600.0, **kwargs})


def test_a_wire_copy_with_small_edits_is_found_as_a_near_duplicate() -> None:
    seen = index()
    seen.add("wire-1", signature_of(WIRE), seen_at=0.0)

    assert seen.find(signature_of(EDITED)) == "wire-1"


def test_a_different_story_on_the_same_subject_is_not_a_near_duplicate() -> None:
    seen = index()
    seen.add("wire-1", signature_of(WIRE), seen_at=0.0)

    assert seen.find(signature_of(OTHER)) is None


def test_texts_too_short_to_compare_have_no_signature() -> None:
    assert signature_of("Live updates") is None


def test_signatures_survive_a_round_trip_through_bytes() -> None:
    signature = signature_of(WIRE)

    assert from_bytes(to_bytes(signature)).jaccard(signature) == 1.0


def test_the_oldest_signatures_are_forgotten_beyond_the_size_limit() -> None:
    seen = index(max_items=2)
    for n, text in enumerate([WIRE, OTHER, WIRE + " extra words here"]):
        seen.add(f"k{n}", signature_of(text), seen_at=float(n))

    assert (len(seen), "k0" in seen, "k2" in seen) == (2, False, True)


def test_signatures_past_their_age_expire() -> None:
    seen = index(max_age=10.0)
    seen.add("old", signature_of(WIRE), seen_at=0.0)
    seen.add("new", signature_of(OTHER), seen_at=95.0)

    expired = seen.expire(now=100.0)

    assert (expired, seen.find(signature_of(WIRE)), "new" in seen) == (1, None, True)


def test_a_removed_story_no_longer_suppresses_its_copies() -> None:
    seen = index()
    seen.add("wire-1", signature_of(WIRE), seen_at=0.0)

    seen.remove("wire-1")

    assert seen.find(signature_of(WIRE)) is None
