"""Write six fictional assessment feedback reports (two per language, different
frameworks and layouts) into docs/ and their labels into labels/.

Labels list every finding (criterion, type, text) and every score, and the star
level a jury would compute from the total. Run: python make_reports.py; render.sh.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPORTS: list[dict] = []


def report(id, language, title, intro, criteria, scores, total, organization, framework, cycle, star, layout="bullets",
           section_names=None, criterion_label=None, score_caption="Puan Tablosu"):
    REPORTS.append(dict(id=id, language=language, title=title, intro=intro, criteria=criteria, scores=scores, total=total,
                        organization=organization, framework=framework, cycle=cycle, star=star, layout=layout,
                        section_names=section_names, criterion_label=criterion_label, score_caption=score_caption))


report("rep_tr_1", "tr", "Maltepe Belediyesi Geri Bildirim Raporu 2023",
       ["Bu rapor, KalDer Türkiye Mükemmellik Ödülü süreci kapsamında EFQM Modeli 2020 esas alınarak Maltepe Belediyesi'nde yapılan dış değerlendirmenin sonuçlarını içerir.",
        "Değerlendirme ekibi kurumda dört gün boyunca saha ziyareti gerçekleştirmiştir."],
       [("1", "Amaç, Vizyon ve Strateji",
         ["Stratejik plan, vatandaş anketleri ve mahalle toplantılarından gelen görüşler dikkate alınarak hazırlanmış ve her yıl Strateji Geliştirme Kurulu tarafından gözden geçirilmektedir.",
          "Kurumun misyon ve vizyonu tüm birimlerde görünür biçimde paylaşılmaktadır."],
         ["Stratejik hedefler ile birim performans göstergeleri arasındaki bağlantı tüm müdürlüklerde kurulmamıştır.",
          "Stratejinin uygulanmasına ilişkin risklerin düzenli olarak izlendiğine dair kanıt sınırlıdır."]),
        ("2", "Kurum Kültürü ve Liderlik",
         ["Üst yönetim iyileştirme projelerine sponsor olarak katılmakta ve ekiplerle düzenli olarak bir araya gelmektedir."],
         ["Liderlik davranışlarının etkinliği sistematik olarak ölçülmemektedir.",
          "Kurum kültürüne ilişkin çalışan görüşleri yalnızca iki yılda bir alınmaktadır."]),
        ("3", "Paydaşları Dahil Etme",
         ["Muhtarlar, sivil toplum kuruluşları ve kent konseyi ile yapılandırılmış iletişim kanalları oluşturulmuştur.",
          "Engelli vatandaşlara yönelik hizmetlerin tasarımında ilgili derneklerin görüşleri alınmaktadır."],
         ["Tedarikçilerin performansının değerlendirilmesi tüm satın alma süreçlerini kapsamamaktadır."]),
        ("4", "Sürdürülebilir Değer Yaratma",
         ["Sosyal hizmetler, ihtiyaç analizlerine dayanan bir hizmet tasarımı yaklaşımı ile planlanmaktadır."],
         ["Dijital hizmetlerin kullanım oranları hedeflerle karşılaştırılmamaktadır.",
          "Hizmet standartlarının güncelliği düzenli aralıklarla gözden geçirilmemektedir."]),
        ("5", "Performansı ve Dönüşümü Yönetme",
         ["Veri yönetimi için kurulan karar destek sistemi birim yöneticilerinin kullanımına açılmıştır."],
         ["Yenilikçi fikirlerin değerlendirilmesi için tanımlı bir süreç bulunmamaktadır."]),
        ("6", "Paydaş Algıları",
         ["Vatandaş memnuniyeti son üç yılda düzenli olarak ölçülmüş ve olumlu bir eğilim göstermiştir."],
         ["Çalışan algı sonuçları için hedefler belirlenmemiştir."]),
        ("7", "Stratejik ve Operasyonel Performans",
         ["Bütçe gerçekleşme oranları planlanan düzeyin üzerindedir."],
         ["Temel performans göstergelerinin benzer belediyelerle karşılaştırması yapılmamaktadır.",
          "Bazı göstergelerde sonuçların nedenleri analiz edilmemiştir."])],
       [("1", 62), ("2", 55), ("3", 48), ("4", 88), ("5", 41), ("6", 92), ("7", 86)], 472,
       "Maltepe Belediyesi", "kalder", 2023, ("kalder", 4),
       section_names=("Güçlü Yönler", "Gelişmeye Açık Alanlar"), criterion_label="Kriter {n}: {title}")

report("rep_tr_2", "tr", "Tepebaşı Belediyesi Öz Değerlendirme Raporu",
       ["Bu öz değerlendirme raporu EFQM Mükemmellik Modeli 2020 kullanılarak 2024 yılında hazırlanmıştır. Bulgular her kriter için numaralı olarak verilmiştir."],
       [("1", "AMAÇ, VİZYON VE STRATEJİ",
         ["Kurumun değerleri çalışanların katılımıyla belirlenmiş ve oryantasyon programına eklenmiştir.",
          "Stratejik planın hazırlanmasında mahalle bazlı ihtiyaç analizleri kullanılmıştır."],
         ["Strateji belgelerinin vatandaşlara açık ve anlaşılır bir dille duyurulması yeterli değildir."]),
        ("3", "PAYDAŞLARI DAHİL ETME",
         ["Gönüllülük programına katılan vatandaş sayısı her yıl artmaktadır."],
         ["Paydaşların önceliklendirilmesi için kullanılan yöntem belgelenmemiştir.",
          "Şikâyet yönetimi verileri iyileştirme çalışmalarına sistematik olarak aktarılmamaktadır."]),
        ("5", "PERFORMANSI VE DÖNÜŞÜMÜ YÖNETME",
         ["Süreç sahipleri aylık performans toplantılarında göstergeleri birlikte değerlendirmektedir."],
         ["Süreç performansının iyileştirilmesinde kök neden analizleri tutarlı biçimde kullanılmamaktadır."])],
       [], 318, "Tepebaşı Belediyesi", "efqm2020", 2024, ("efqm", 3), layout="numbered",
       section_names=("GÜÇLÜ YANLAR", "İYİLEŞTİRMEYE AÇIK ALANLAR"), criterion_label="KRİTER {n} – {title}")

report("rep_fa_1", "fa", "گزارش بازخورد ارزیابی شهرداری شیراز",
       ["این گزارش نتایج ارزیابی شهرداری شیراز در چارچوب مدل تعالی سازمانی جایزه ملی تعالی در سال ۱۴۰۱ را ارائه می‌کند.",
        "تیم ارزیابی شامل پنج ارزیاب بود که در سه روز از واحدهای مختلف بازدید کردند."],
       [("1", "رهبری",
         ["مدیران ارشد در جلسات ماهانه بازنگری عملکرد به طور فعال مشارکت دارند.",
          "ارزش‌های سازمانی با مشارکت کارکنان تدوین و در سازمان منتشر شده است."],
         ["شیوه ارزیابی اثربخشی رهبری مدیران میانی تعریف نشده است."]),
        ("2", "خط مشی و استراتژی",
         ["برنامه راهبردی شهرداری بر اساس تحلیل نیازهای شهروندان و ذینفعان تدوین شده است."],
         ["ارتباط اهداف راهبردی با برنامه‌های عملیاتی واحدها روشن نیست.",
          "بازنگری دوره‌ای استراتژی بر پایه داده‌های عملکردی انجام نمی‌شود."]),
        ("3", "کارکنان",
         ["برنامه آموزشی سالانه بر اساس نیازسنجی شغلی تهیه می‌شود."],
         ["نظام شناسایی و پرورش استعدادها در سازمان استقرار نیافته است."]),
        ("6", "نتایج مشتریان",
         ["رضایت شهروندان از خدمات الکترونیک در سه سال اخیر روند رو به بهبود داشته است."],
         ["برای شاخص‌های رضایت شهروندان اهداف مشخص تعیین نشده است."])],
       [("1", 62), ("2", 55), ("3", 58), ("4", 52), ("5", 57), ("6", 71), ("7", 48), ("8", 39), ("9", 45)], 487,
       "شهرداری شیراز", "iran_national", 2022, ("iran_national", None),
       section_names=("نقاط قوت", "زمینه‌های قابل بهبود"), criterion_label="معیار {n}: {title}", score_caption="جدول امتیازات")
REPORTS[-1]["metrics"] = [{"organization": "شهرداری شیراز", "metric_code": "assessors", "value": 5, "period_year": 2022}]

report("rep_fa_2", "fa", "گزارش ارزیابی تعالی شهرداری رشت",
       ["ارزیابی شهرداری رشت بر اساس مدل EFQM 2020 در سال ۱۴۰۲ انجام شد و یافته‌های آن در ادامه آمده است."],
       [("1", "هدف، چشم انداز و استراتژی",
         ["چشم انداز شهرداری با مشارکت شورای شهر و نمایندگان محلات بازنگری شده است."],
         ["اهداف کوتاه مدت برای تحقق چشم انداز به واحدها ابلاغ نشده است.",
          "ریسک‌های راهبردی به صورت نظام مند شناسایی و پایش نمی‌شوند."]),
        ("4", "خلق ارزش پایدار",
         ["خدمات پسماند با استفاده از سامانه هوشمند به شهروندان ارائه می‌شود.",
          "طراحی خدمات جدید با نظرخواهی از شهروندان انجام می‌شود."],
         ["کیفیت خدمات در مناطق مختلف شهر به صورت یکسان پایش نمی‌شود."])],
       [], 335, "شهرداری رشت", "efqm2020", 2023, ("efqm", 3), layout="numbered",
       section_names=("نقاط قوت", "نقاط قابل بهبود"), criterion_label="معیار {n} - {title}", score_caption="امتیاز")

report("rep_en_1", "en", "Baldrige Feedback Report: City of Fort Collins",
       ["This feedback report presents the examiners' findings for the City of Fort Collins against the Baldrige Excellence Framework for the 2016 award cycle."],
       [("1.1", "Senior Leadership",
         ["Senior leaders set the city's vision through a structured strategic planning cycle that involves residents and council members.",
          "Leaders communicate with the workforce through monthly all-staff meetings and a weekly newsletter."],
         ["It is not clear how senior leaders evaluate their own effectiveness and use the results to improve."]),
        ("2.1", "Strategy Development",
         ["The strategic planning process uses community surveys and budget outcomes to identify strategic challenges."],
         ["The city has not yet defined how it identifies potential blind spots in its strategic planning process.",
          "Long-term action plans do not consistently include measures to track progress."]),
        ("5.1", "Workforce Environment",
         ["A workforce capacity model is used to anticipate staffing needs in public safety and utilities."],
         ["Processes for assessing workforce engagement do not differentiate among workforce groups."])],
       [("1", 84), ("2", 51), ("3", 47), ("4", 54), ("5", 43), ("6", 47), ("7", 203)], 529,
       "City of Fort Collins", "baldrige", 2016, None,
       section_names=("Strengths", "Opportunities for Improvement"), criterion_label="Item {n} {title}", score_caption="Scoring Summary")

report("rep_en_2", "en", "EFQM Assessment Feedback Report - Leeds City Council",
       ["Leeds City Council was assessed against the EFQM Model 2020 in March 2024. This report summarises the assessors' findings by criterion."],
       [("2", "Organisational Culture and Leadership",
         ["Leaders at all levels role-model the council's values and are visible to staff through regular walkabouts.",
          "A leadership development programme has been completed by most senior and middle managers."],
         ["The council does not yet measure how well its culture supports innovation.",
          "Succession planning for critical leadership roles is informal."]),
        ("3", "Engaging Stakeholders",
         ["Partnership agreements with health and voluntary sector partners define shared outcomes and joint governance."],
         ["Feedback from businesses is gathered but not analysed systematically to improve services."]),
        ("6", "Stakeholder Perceptions",
         ["Resident satisfaction with waste and recycling services has improved for four consecutive years."],
         ["Perception results are not segmented by community or area, which limits their use in planning."])],
       [("1", 61), ("2", 58), ("3", 55), ("4", 92), ("5", 47), ("6", 71), ("7", 64)], 448,
       "Leeds City Council", "efqm2020", 2024, ("efqm", 4), layout="paragraphs",
       section_names=("Strengths", "Areas for Improvement"), criterion_label="Criterion {n} - {title}", score_caption="Score profile")


report("rep_en_3", "en", "Assessment Report 2023: Kent County Council",
       ["This assessment report presents the findings of the external assessment of Kent County Council against the EFQM Excellence Model 2013."],
       [("1", "Leadership",
         ["Leaders have defined the council's values with staff representatives and review them every year."],
         ["The effectiveness of the leadership development programme is not evaluated."]),
        ("3", "People",
         ["An annual staff survey with a response rate above 60% informs the people plan."],
         ["Career paths for technical staff are not defined.", "Recognition of teams is not applied consistently across directorates."]),
        ("9", "Business Results",
         ["Budget outturn has been within one percent of the plan for three years."],
         ["Targets for key performance outcomes are not compared with other county councils."])],
       [("1", 64), ("2", 58), ("3", 51), ("4", 55), ("5", 60), ("6", 78), ("7", 49), ("8", 52), ("9", 83)], 550,
       "Kent County Council", "efqm2013", 2023, ("efqm", 5), layout="table",
       section_names=("Strength", "Area for improvement"), criterion_label="Criterion {n} - {title}", score_caption="Score profile")

report("rep_fa_3", "fa", "گزارش ارزیابی شهرداری یزد ۱۴۰۲",
       ["این گزارش یافته‌های ارزیابی شهرداری یزد بر اساس مدل تعالی سازمانی جایزه ملی تعالی را در قالب جدول ارائه می‌کند."],
       [("2", "خط مشی و استراتژی",
         ["برنامه راهبردی با مشارکت شورای شهر تدوین شده است."],
         ["شاخص‌های پایش برنامه راهبردی برای همه واحدها تعریف نشده است."]),
        ("5", "فرآیندها، محصولات و خدمات",
         ["فرآیندهای کلیدی خدمات شهری شناسایی و مستند شده‌اند."],
         ["بهبود فرآیندها بر اساس بازخورد شهروندان انجام نمی‌شود."])],
       [("1", 55), ("2", 60), ("3", 48), ("4", 50), ("5", 58), ("6", 66), ("7", 44), ("8", 41), ("9", 52)], 474,
       "شهرداری یزد", "iran_national", 2023, ("iran_national", None), layout="table",
       section_names=("نقطه قوت", "نقطه قابل بهبود"), criterion_label="معیار {n}: {title}", score_caption="جدول امتیازات")


def _digits(text: str, language: str) -> str:
    return text.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")) if language == "fa" else text


def render(r: dict) -> str:
    lang = r["language"]
    strengths_name, improvements_name = r["section_names"]
    parts = [f"<h1>{html.escape(r['title'])}</h1>"] + [f"<p>{html.escape(p)}</p>" for p in r["intro"]]
    if r["layout"] == "table":
        head = {"en": ("Criterion", "Type", "Finding"), "fa": ("معیار", "نوع", "یافته"), "tr": ("Kriter", "Tür", "Bulgu")}[lang]
        rows = "".join(
            f"<tr><td>{_digits(number, lang)}</td><td>{html.escape(kind)}</td><td>{html.escape(text)}</td></tr>"
            for number, _title, strengths, improvements in r["criteria"]
            for kind, texts in ((strengths_name, strengths), (improvements_name, improvements)) for text in texts
        )
        parts.append(f"<h2>{html.escape({'en': 'Findings', 'fa': 'یافته‌ها', 'tr': 'Bulgular'}[lang])}</h2>")
        parts.append(f"<table style='width:100%' width='100%'><tr>{''.join(f'<th>{h}</th>' for h in head)}</tr>{rows}</table>")
    for number, title, strengths, improvements in ([] if r["layout"] == "table" else r["criteria"]):
        label = r["criterion_label"].format(n=_digits(number, lang), title=title)
        parts.append(f"<h2>{html.escape(label)}</h2>")
        for name, findings in ((strengths_name, strengths), (improvements_name, improvements)):
            parts.append(f"<h3>{html.escape(name)}</h3>")
            if r["layout"] == "bullets":
                parts.append("<ul>" + "".join(f"<li>{html.escape(f)}</li>" for f in findings) + "</ul>")
            elif r["layout"] == "numbered":
                parts += [f"<p>{_digits(str(i), lang)}) {html.escape(f)}</p>" for i, f in enumerate(findings, 1)]
            else:
                parts += [f"<p>{html.escape(f)}</p>" for f in findings]
    parts.append(f"<h2>{html.escape(r['score_caption'])}</h2>")
    word = {"tr": ("Kriter", "Toplam", "/"), "fa": ("معیار", "امتیاز کل", "از"), "en": ("Criterion" if r["framework"] != "baldrige" else "Category", "Total", "/")}[lang]
    if r["scores"] and r["layout"] == "table":
        word_points = {"en": "Points", "fa": "امتیاز", "tr": "Puan"}[lang]
        cells = "".join(f"<tr><td>{word[0]} {_digits(n, lang)}</td><td>{_digits(str(p), lang)}</td></tr>" for n, p in r["scores"])
        cells += f"<tr><td>{word[1]}</td><td>{_digits(str(r['total']), lang)}</td></tr>"
        parts.append(f"<table style='width:100%' width='100%'><tr><th>{word[0]}</th><th>{word_points}</th></tr>{cells}</table>")
    elif r["scores"]:
        maxima = {"baldrige": {"1": 120, "2": 85, "3": 85, "4": 90, "5": 85, "6": 85, "7": 450}}.get(r["framework"])
        rows = []
        for number, points in r["scores"]:
            maximum = (maxima or {}).get(number) or (100 if r["framework"] in ("iran_national",) and number not in ("6", "9") else None)
            maximum = maximum or {"efqm2020": {"4": 200, "6": 200, "7": 200}, "kalder": {"4": 200, "6": 200, "7": 200}}.get(r["framework"], {}).get(number, 150 if r["framework"] == "iran_national" else 100)
            rows.append(f"<p>{word[0]} {_digits(number, lang)}: {_digits(str(points), lang)} {word[2]} {_digits(str(maximum), lang)}</p>")
        parts += rows
    if r["layout"] != "table":
        parts.append(f"<p>{word[1]}: {_digits(str(r['total']), lang)} {word[2]} {_digits('1000', lang)}</p>")
    direction = ' dir="rtl"' if lang == "fa" else ""
    font = "'Noto Naskh Arabic', serif" if lang == "fa" else "'DejaVu Sans', sans-serif"
    return (f'<!doctype html>\n<html lang="{lang}"{direction}><head><meta charset="utf-8"><title>{html.escape(r["title"])}</title>'
            f"<style>body{{font-family:{font};font-size:11pt;line-height:1.45;margin:2cm}}</style></head>\n<body>\n"
            + "\n".join(parts) + "\n</body></html>\n")


def labels(r: dict) -> dict:
    maxima_note = None
    findings = []
    for number, _title, strengths, improvements in r["criteria"]:
        category = number.split(".")[0]
        findings += [dict(criterion=category, item=number if "." in number else None, finding_type="strength", text=f) for f in strengths]
        findings += [dict(criterion=category, item=number if "." in number else None, finding_type="improvement_area", text=f) for f in improvements]
    scores = [dict(criterion=n, points=p) for n, p in r["scores"]] + [dict(criterion=None, points=r["total"])]
    return {"id": r["id"], "language": r["language"], "kind": "report", "published_on": None,
            "manifest_organization": r["organization"], "framework": r["framework"], "cycle_year": r["cycle"],
            "metrics": r.get("metrics", []), "recognitions": [], "layout": r["layout"], "findings": findings, "scores": scores,
            "star_rating": None if r["star"] is None else {"scheme": r["star"][0], "stars": r["star"][1]},
            "not_recognitions": [], "not_metrics": [], "note": maxima_note}


def main() -> None:
    for r in REPORTS:
        (HERE / "docs" / f"{r['id']}.html").write_text(render(r), encoding="utf-8")
        (HERE / "labels" / f"{r['id']}.json").write_text(json.dumps(labels(r), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(REPORTS)} reports")


if __name__ == "__main__":
    main()
