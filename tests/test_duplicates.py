"""A re-published document is found among many that share a template, and templates alone are not duplicates."""

from exbench.warehouse.duplicates import find_duplicates, sketch

BOILERPLATE = " ".join(f"Belediyemiz kalite yolculuğunda {n}. adımı atarak hizmet standartlarını yükseltti." for n in range(12))


def _news(number: int) -> str:
    body = " ".join(
        f"Haber {number} bölüm {part}: {number * 7 + part} vatandaşa hizmet verildi ve {part} proje tamamlandı."
        for part in range(40)
    )
    return BOILERPLATE + " " + body


def test_a_reprint_is_found_among_documents_sharing_a_template() -> None:
    sketches = [(f"doc{n}", sketch(_news(n))) for n in range(120)]
    sketches.append(("reprint", sketch(_news(57) + " Kaynak: belediye basın bürosu.")))
    assert find_duplicates(sketches) == {"reprint": "doc57"}


def test_a_duplicate_of_a_duplicate_points_at_the_first_copy() -> None:
    text = _news(3)
    sketches = [
        ("first", sketch(text)),
        ("second", sketch(text + " Güncellendi.")),
        ("third", sketch(text + " Güncellendi. Yeniden.")),
    ]
    assert find_duplicates(sketches) == {"second": "first", "third": "first"}
