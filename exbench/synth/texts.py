"""Sentences of the synthetic corpus, per language, with the facts they state.

Each template names its metric codes; the generator fills in an organization
and values and records them as labels, so the benchmark can also score
extraction at scale. Persian numbers are written in Persian digits.
"""

from __future__ import annotations

ORGANIZATIONS = {
    "tr": [
        "Konya Büyükşehir Belediyesi",
        "Kayseri Büyükşehir Belediyesi",
        "Nilüfer Belediyesi",
        "Maltepe Belediyesi",
        "Üsküdar Belediyesi",
        "Çankaya Belediyesi",
        "Tepebaşı Belediyesi",
        "Karşıyaka Belediyesi",
        "Bornova Belediyesi",
        "Odunpazarı Belediyesi",
        "Selçuklu Belediyesi",
        "Meram Belediyesi",
    ],
    "fa": [
        "شهرداری تهران",
        "شهرداری مشهد",
        "شهرداری اصفهان",
        "شهرداری شیراز",
        "شهرداری تبریز",
        "شهرداری کرج",
        "شهرداری قم",
        "شهرداری رشت",
        "شهرداری یزد",
        "شهرداری کرمان",
        "شهرداری اراک",
        "شهرداری زنجان",
    ],
    "en": [
        "Leeds City Council",
        "Sheffield City Council",
        "Bristol City Council",
        "Cardiff Council",
        "Glasgow City Council",
        "Manchester City Council",
        "Kent County Council",
        "Dubai Municipality",
        "Nottingham City Council",
        "Liverpool City Council",
        "Derby City Council",
        "York City Council",
    ],
}

# (template, metric codes in order of their {} slots)
FACT_SENTENCES = {
    "tr": [
        ("{org} değerlendirme sürecinde {} güçlü yön ve {} gelişmeye açık alan belirledi.", ["strengths", "improvement_areas"]),
        ("Rapor doğrultusunda {org} tarafından {} iyileştirme projesi başlatıldı.", ["improvement_projects"]),
        ("Değerlendirmeye {} iç değerlendirici ve {} dış değerlendirici katıldı.", ["assessors_internal", "assessors_external"]),
        ("{org} bu yıl {} iyi uygulamayı diğer belediyelerle paylaştı.", ["best_practices"]),
    ],
    "fa": [
        ("در ارزیابی {org} {} نقطه قوت و {} نقطه قابل بهبود شناسایی شد.", ["strengths", "improvement_areas"]),
        ("بر اساس نتایج ارزیابی {} پروژه بهبود در {org} تعریف شد.", ["improvement_projects"]),
        ("این ارزیابی با مشارکت {} ارزیاب داخلی و {} ارزیاب خارجی انجام شد.", ["assessors_internal", "assessors_external"]),
        ("{org} در این دوره {} تجربه برتر را معرفی کرد.", ["best_practices"]),
    ],
    "en": [
        ("{org} identified {} strengths and {} areas for improvement in the assessment.", ["strengths", "improvement_areas"]),
        ("Following the report, {org} launched {} improvement projects.", ["improvement_projects"]),
        (
            "The assessment involved {} internal assessors and {} external assessors.",
            ["assessors_internal", "assessors_external"],
        ),
        ("{org} shared {} best practices with other councils this year.", ["best_practices"]),
    ],
}

FILLER = {
    "tr": [
        "Belediye başkanı, kalite yolculuğunun tüm çalışanların katkısıyla sürdüğünü vurguladı.",
        "Toplantıda mahalle muhtarlarının görüşleri de alındı ve hizmet planları gözden geçirildi.",
        "Kent konseyi temsilcileri, çalışmaların şeffaf biçimde paylaşılmasından memnuniyet duyduklarını ifade etti.",
        "Program kapsamında birim yöneticilerine yönelik eğitimler düzenlendi.",
    ],
    "fa": [
        "شهردار در این مراسم از تلاش همه همکاران در مسیر تعالی سازمانی قدردانی کرد.",
        "در این نشست دیدگاه‌های اعضای شورای شهر نیز درباره برنامه‌های آینده مطرح شد.",
        "مدیران مناطق گزارشی از اقدامات انجام شده در حوزه خدمات شهری ارائه کردند.",
        "دوره‌های آموزشی برای کارکنان واحدهای مختلف برگزار شد.",
    ],
    "en": [
        "The leader of the council thanked staff for their contribution to the improvement programme.",
        "Residents' groups were invited to comment on the service plans presented at the meeting.",
        "The council will publish a summary of the findings on its website in the coming weeks.",
        "Training sessions for service managers were held as part of the programme.",
    ],
}

TITLES = {
    "tr": "{org} mükemmellik değerlendirmesi sonuçlarını açıkladı",
    "fa": "اعلام نتایج ارزیابی تعالی {org}",
    "en": "{org} publishes its excellence assessment results",
}
