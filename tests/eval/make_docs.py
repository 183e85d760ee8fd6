"""Write the labeled evaluation documents (docs/*.html) and their labels (labels/*.json).

Each document is a fictional news page or report in the style of municipal and
award-body web sites, with site chrome (menus, related news, footers) around
the article. Labels list only what the text states as achieved for a named
organization. Run from this folder: python make_docs.py; then render.sh.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHROME = {
    "tr": ("Anasayfa › Haberler › Kurumsal", "İlgili Haberler: Başkan mahalle ziyaretlerini sürdürüyor · Kent konseyi toplandı · 3 yeni park hizmete açıldı",
           "© 2024 Tüm hakları saklıdır. KVKK Aydınlatma Metni · Çerez Politikası · Bize Ulaşın"),
    "fa": ("صفحه اصلی › اخبار › مدیریت شهری", "اخبار مرتبط: افتتاح ۳ بوستان جدید · جلسه شورای شهر برگزار شد · اطلاعیه سازمان پسماند",
           "کلیه حقوق این پایگاه محفوظ است. © ۱۴۰۲ · تماس با ما · درباره ما"),
    "en": ("Home › News › Council", "Related stories: Bin collection changes over the holidays · New cycle lanes open · Library hours extended",
           "© 2024 All rights reserved. Privacy · Cookies · Accessibility · Contact us"),
}

DOCS: list[dict] = []


def doc(id, language, title, paragraphs, metrics=(), recognitions=(), published_on=None, manifest_organization=None,
        kind="news", table=None, not_metrics=(), not_recognitions=()):
    DOCS.append(dict(id=id, language=language, title=title, paragraphs=paragraphs, table=table, kind=kind,
                     published_on=published_on, manifest_organization=manifest_organization,
                     metrics=[dict(organization=o, metric_code=c, value=v, period_year=y) for o, c, v, y in metrics],
                     recognitions=[dict(organization=o, scheme=s, level=l, stars=st, year=y) for o, s, l, st, y in recognitions],
                     not_metrics=list(not_metrics), not_recognitions=list(not_recognitions)))


# ---------------------------------------------------------------- Turkish
doc("tr_a01", "tr", "Konya Büyükşehir Belediyesi'ne Mükemmellikte Yetkinlik Ödülü", [
    "Konya Büyükşehir Belediyesi, Türkiye Kalite Derneği (KalDer) tarafından bu yıl 32'ncisi düzenlenen Kalite Kongresi'nde Mükemmellikte Yetkinlik 4 Yıldız belgesini almaya hak kazandı.",
    "İstanbul'da düzenlenen törende belgeyi Genel Sekreter Yardımcısı teslim aldı. Değerlendirme sürecinde 6 kişilik değerlendirici ekibi kurumda 3 gün boyunca saha ziyareti gerçekleştirdi.",
    "Değerlendirme raporunda belediyenin 48 güçlü yönü ve 61 gelişmeye açık alanı tespit edildi. Belediye, raporun ardından 12 iyileştirme projesi başlattığını açıkladı.",
    "Başkan, 2026 yılına kadar Mükemmellikte Yetkinlik 5 Yıldız seviyesine ulaşmayı hedeflediklerini söyledi.",
], metrics=[("Konya Büyükşehir Belediyesi", "assessors", 6, 2023), ("Konya Büyükşehir Belediyesi", "strengths", 48, 2023),
            ("Konya Büyükşehir Belediyesi", "improvement_areas", 61, 2023), ("Konya Büyükşehir Belediyesi", "improvement_projects", 12, 2023)],
    recognitions=[("Konya Büyükşehir Belediyesi", "kalder", "Mükemmellikte Yetkinlik 4 Yıldız", 4, 2023)],
    published_on="2023-11-16", not_recognitions=["5 Yıldız hedefi"])

doc("tr_a02", "tr", "Nilüfer Belediyesi öz değerlendirme sonuçlarını paylaştı", [
    "Nilüfer Belediyesi'nde EFQM Mükemmellik Modeli kapsamında yürütülen öz değerlendirme çalışması tamamlandı.",
    "Kurum içinden seçilen 14 iç değerlendirici ile KalDer'den gelen 2 dış değerlendirici, toplam 420 saatlik değerlendirme çalışması yürüttü.",
    "Çalışma sonunda otuz yedi güçlü yön belirlenirken iyileştirmeye açık alan sayısı 53 oldu. Bu alanlardan öncelikli görülen 9'u için iyileştirme ekipleri kuruldu.",
    "Öte yandan belediyenin 2024 bütçesi 4,2 milyar TL olarak açıklandı; ilçe nüfusu ise 560 bini aştı.",
], metrics=[("Nilüfer Belediyesi", "assessors_internal", 14, 2024), ("Nilüfer Belediyesi", "assessors_external", 2, 2024),
            ("Nilüfer Belediyesi", "assessment_hours", 420, 2024), ("Nilüfer Belediyesi", "strengths", 37, 2024),
            ("Nilüfer Belediyesi", "improvement_areas", 53, 2024)],
    published_on="2024-02-08", not_metrics=["bütçe 4,2 milyar TL", "nüfus 560 bin"])

doc("tr_a03", "tr", "Mükemmellik Ödülleri için başvurular başladı", [
    "Türkiye Kalite Derneği, 2024 Türkiye Mükemmellik Ödülü başvurularının 1 Mart'ta başladığını duyurdu.",
    "Kamu, özel sektör ve sivil toplum kuruluşlarının başvurabileceği ödül programında son başvuru tarihi 30 Nisan 2024 olarak belirlendi.",
    "Geçen yıl programa 41 kuruluş başvurmuştu. Bu yıl başvurmayı planlayan belediyeler arasında Eskişehir Büyükşehir Belediyesi ve Maltepe Belediyesi de bulunuyor.",
], published_on="2024-03-02", not_recognitions=["Türkiye Mükemmellik Ödülü başvuruları", "Eskişehir ve Maltepe başvuru planı"])

doc("tr_a04", "tr", "Kayseri'de kalite belgesi yenilendi", [
    "Kayseri Büyükşehir Belediyesi, TSE tarafından yapılan gözetim tetkiki sonrasında ISO 9001:2015 Kalite Yönetim Sistemi belgesini yeniledi.",
    "Belediye ayrıca ISO 14001 Çevre Yönetim Sistemi ve ISO 45001 İş Sağlığı ve Güvenliği Yönetim Sistemi belgelerine de sahip oldu.",
    "Tetkik sürecinde 5 tetkikçi 18 birimde incelemelerde bulundu.",
], recognitions=[("Kayseri Büyükşehir Belediyesi", "iso", "ISO 9001", None, 2024), ("Kayseri Büyükşehir Belediyesi", "iso", "ISO 14001", None, 2024),
                 ("Kayseri Büyükşehir Belediyesi", "iso", "ISO 45001", None, 2024)],
    published_on="2024-06-11", not_metrics=["ISO 9001:2015 sürümü"])

doc("tr_a05", "tr", "Belediyeler arası mükemmellik karşılaştırması", [
    "Marmara Belediyeler Birliği tarafından hazırlanan raporda üye belediyelerin öz değerlendirme sonuçları karşılaştırıldı.",
    "Rapora göre Üsküdar Belediyesi 52 güçlü yön ve 40 gelişmeye açık alan ile öne çıkarken, Maltepe Belediyesi'nde 33 güçlü yön ve 58 gelişmeye açık alan belirlendi.",
    "Tuzla Belediyesi ise değerlendirme sonrası toplam 15 iyileştirme projesini hayata geçirdi.",
], metrics=[("Üsküdar Belediyesi", "strengths", 52, 2022), ("Üsküdar Belediyesi", "improvement_areas", 40, 2022),
            ("Maltepe Belediyesi", "strengths", 33, 2022), ("Maltepe Belediyesi", "improvement_areas", 58, 2022),
            ("Tuzla Belediyesi", "improvement_projects", 15, 2022)],
    published_on="2022-09-20")

doc("tr_a06", "tr", "Çankaya Belediyesi EFQM 5 Yıldız aldı", [
    "Çankaya Belediyesi, EFQM Mükemmellik Modeli'nde Recognised by EFQM 5 Yıldız seviyesine ulaşarak önemli bir başarıya imza attı.",
    "Belediye Başkanı, ödülün 2023 yılında yürütülen kapsamlı dış değerlendirmenin sonucu olduğunu belirtti. Dış değerlendirmede 4 değerlendirici 380 kişi-saat çalıştı.",
    "Başkan, önümüzdeki dönemde 25 yeni iyileştirme projesi başlatacaklarını da sözlerine ekledi.",
], metrics=[("Çankaya Belediyesi", "assessors", 4, 2023), ("Çankaya Belediyesi", "assessment_hours", 380, 2023)],
    recognitions=[("Çankaya Belediyesi", "efqm", "Recognised by EFQM 5 Yıldız", 5, 2023)],
    published_on="2023-12-05", not_metrics=["25 yeni iyileştirme projesi (plan)"])

doc("tr_a07", "tr", "Gaziantep Büyükşehir Belediyesi Avrupa İyi Yönetişim Markası'nı aldı", [
    "Avrupa Konseyi'nin 12 İyi Yönetişim İlkesi çerçevesinde verilen Avrupa Yönetişimde Mükemmellik Markası (ELoGE) bu yıl Gaziantep Büyükşehir Belediyesi'ne verildi.",
    "Ödül, 8 Aralık 2023 tarihinde Ankara'da düzenlenen törenle takdim edildi.",
], recognitions=[("Gaziantep Büyükşehir Belediyesi", "eloge", "ELoGE", None, 2023)], published_on=None)

doc("tr_a08", "tr", "2024-2028 Stratejik Plan hedefleri", [
    "Eskişehir Büyükşehir Belediyesi Meclisi, 2024-2028 dönemini kapsayan stratejik planı kabul etti.",
    "Plana göre belediye, dönem sonuna kadar 40 iyileştirme projesi yürütmeyi, 20 iç değerlendirici yetiştirmeyi ve Mükemmellikte Yetkinlik 5 Yıldız belgesini almayı hedefliyor.",
    "Planın hazırlık sürecinde 1.250 vatandaşla anket yapıldı.",
], published_on="2024-01-18", kind="plan",
    not_metrics=["40 iyileştirme projesi (hedef)", "20 iç değerlendirici (hedef)"], not_recognitions=["5 Yıldız hedefi"])

doc("tr_a09", "tr", "Bursa'da mükemmellik yolculuğu", [
    "Bursa Büyükşehir Belediyesi'nin kalite yolculuğu 2019 yılında Mükemmellikte Kararlılık belgesiyle başladı.",
    "2022 yılında yapılan dış değerlendirmede belediye, Mükemmellikte Yetkinlik 3 Yıldız belgesi almaya hak kazanmıştı.",
    "Bu yıl gerçekleştirilen öz değerlendirmede iki yüz on güçlü yön ve yüz altmış beş gelişmeye açık alan belirlendi; tespit edilen alanlardan 21 iyileştirme projesi türetildi.",
], metrics=[("Bursa Büyükşehir Belediyesi", "strengths", 210, 2024), ("Bursa Büyükşehir Belediyesi", "improvement_areas", 165, 2024),
            ("Bursa Büyükşehir Belediyesi", "improvement_projects", 21, 2024)],
    recognitions=[("Bursa Büyükşehir Belediyesi", "kalder", "Mükemmellikte Kararlılık", None, 2019),
                  ("Bursa Büyükşehir Belediyesi", "kalder", "Mükemmellikte Yetkinlik 3 Yıldız", 3, 2022)],
    published_on="2024-04-25")

doc("tr_a10", "tr", "İzmir'de iyi uygulamalar paylaşıldı", [
    "İzmir Büyükşehir Belediyesi ev sahipliğinde düzenlenen İyi Uygulamalar Paylaşım Günü'nde belediyeler deneyimlerini aktardı.",
    "Etkinlikte İzmir Büyükşehir Belediyesi 8 iyi uygulamasını sundu. Karşıyaka Belediyesi ise değerlendirme sürecinde belirlenen 5 iyi uygulamayı katılımcılarla paylaştı.",
    "Programa 300'den fazla kişi katıldı.",
], metrics=[("İzmir Büyükşehir Belediyesi", "best_practices", 8, 2024), ("Karşıyaka Belediyesi", "best_practices", 5, 2024)],
    published_on="2024-05-14")

doc("tr_a11", "tr", "Mahalle muhtarlarıyla istişare toplantısı", [
    "Tepebaşı Belediyesi, mahalle muhtarlarıyla bir araya gelerek altyapı çalışmalarını değerlendirdi.",
    "Toplantıda 2024 yılında 14 mahallede 38 kilometre yol yapıldığı, 120 milyon TL yatırım gerçekleştirildiği açıklandı.",
], published_on="2024-07-03", not_metrics=["38 km yol", "120 milyon TL"])

doc("tr_a12", "tr", "Maltepe Belediyesi değerlendirme raporu özeti", [
    "Maltepe Belediyesi'nin 2023 yılı dış değerlendirme raporu kamuoyuyla paylaşıldı.",
    "Raporda, değerlendirici ekibin kurumda toplam 96 saat geçirdiği, 11 birimi ziyaret ettiği belirtildi.",
], metrics=[("Maltepe Belediyesi", "assessment_hours", 96, 2023), ("Maltepe Belediyesi", "strengths", 29, 2023),
            ("Maltepe Belediyesi", "improvement_areas", 44, 2023), ("Maltepe Belediyesi", "best_practices", 3, 2023)],
    table=("Değerlendirme bulguları", [["Bulgu türü", "Sayı"], ["Güçlü yönler", "29"], ["Gelişmeye açık alanlar", "44"], ["İyi uygulamalar", "3"]]),
    published_on="2024-01-30")

# ---------------------------------------------------------------- Persian
doc("fa_a01", "fa", "شهرداری مشهد تندیس سیمین جایزه ملی تعالی سازمانی را دریافت کرد", [
    "به گزارش روابط عمومی شهرداری مشهد، در آیین پایانی بیست و چهارمین دوره جایزه ملی تعالی سازمانی که روز ۲۵ آذر ۱۴۰۲ در تهران برگزار شد، شهرداری مشهد موفق به دریافت تندیس سیمین شد.",
    "در فرآیند ارزیابی این دوره، تیم ارزیابان در مجموع ۱۶۸ نقطه قوت و ۲۱۴ نقطه قابل بهبود در شهرداری مشهد شناسایی کردند.",
    "شهردار مشهد گفت: هدف ما در دوره آینده کسب تندیس زرین است.",
], metrics=[("شهرداری مشهد", "strengths", 168, 2023), ("شهرداری مشهد", "improvement_areas", 214, 2023)],
    recognitions=[("شهرداری مشهد", "iran_national", "تندیس سیمین", None, 2023)],
    published_on=None, not_recognitions=["هدف تندیس زرین"])

doc("fa_a02", "fa", "برگزاری جشنواره تعالی سازمانی شهرداری شیراز", [
    "دومین جشنواره تعالی سازمانی شهرداری شیراز با حضور شهردار و اعضای شورای اسلامی شهر برگزار شد.",
    "مدیر نوسازی شهرداری شیراز گفت: در این دوره ۲۲ سازمان و ۶ شرکت وابسته ارزیابی شدند و ارزیابی با مشارکت ۴۰ ارزیاب داخلی و ۸ ارزیاب مستقل انجام شد.",
    "وی افزود: نتیجه این ارزیابی شناسایی هشتصد و چهل نقطه قوت، یک هزار و صد و دوازده زمینه بهبود و ۳۱ تجربه برتر بود.",
], metrics=[("شهرداری شیراز", "organizations_assessed", 28, 2023), ("شهرداری شیراز", "assessors_internal", 40, 2023),
            ("شهرداری شیراز", "assessors_external", 8, 2023), ("شهرداری شیراز", "strengths", 840, 2023),
            ("شهرداری شیراز", "improvement_areas", 1112, 2023), ("شهرداری شیراز", "best_practices", 31, 2023)],
    published_on="2023-10-18")

doc("fa_a03", "fa", "شهرداری تبریز به دنبال تندیس زرین", [
    "شهردار تبریز در نشست خبری اعلام کرد: شهرداری تبریز اظهارنامه خود را برای حضور در بیست و پنجمین دوره جایزه ملی تعالی سازمانی ارسال کرده است.",
    "وی ابراز امیدواری کرد که این شهرداری بتواند در سال ۱۴۰۳ تندیس زرین را کسب کند.",
    "بودجه شهرداری تبریز برای سال آینده ۳۵ هزار میلیارد ریال پیش بینی شده است.",
], published_on="2024-05-05", not_recognitions=["امید به تندیس زرین", "ارسال اظهارنامه"], not_metrics=["بودجه"])

doc("fa_a04", "fa", "تقدیرنامه سه ستاره برای شهرداری یزد", [
    "شهرداری یزد در بیست و سومین دوره جایزه ملی تعالی سازمانی تقدیرنامه سه ستاره دریافت کرد.",
    "معاون برنامه ریزی شهرداری یزد با اشاره به این موفقیت گفت: از سال ۹۸ مدل تعالی در شهرداری یزد استقرار یافته و تاکنون ۵۶ پروژه بهبود در سازمان‌ها اجرا شده است.",
], metrics=[("شهرداری یزد", "improvement_projects", 56, 2022)],
    recognitions=[("شهرداری یزد", "iran_national", "تقدیرنامه سه ستاره", 3, 2022)], published_on="2022-12-27")

doc("fa_a05", "fa", "ارزیابی عملکرد مناطق شهرداری تهران", [
    "معاون برنامه ریزی شهرداری تهران از پایان ارزیابی تعالی مناطق ۲۲ گانه خبر داد.",
    "به گفته وی، در این ارزیابی که با ۱۲۰ ارزیاب داخلی انجام شد، ۲ هزار و ۴۵۰ نقطه قوت و ۳ هزار و ۱۸ نقطه قابل بهبود شناسایی شد.",
    "قرار است بر اساس این نتایج ۲۰۰ پروژه بهبود در سال آینده تعریف شود.",
], metrics=[("شهرداری تهران", "assessors_internal", 120, 2024), ("شهرداری تهران", "strengths", 2450, 2024),
            ("شهرداری تهران", "improvement_areas", 3018, 2024)],
    published_on="2024-02-14", not_metrics=["۲۰۰ پروژه بهبود (برنامه)"])

doc("fa_a06", "fa", "گواهینامه ایزو برای سازمان آتش نشانی", [
    "سازمان آتش نشانی و خدمات ایمنی شهرداری کرج موفق به دریافت گواهینامه ISO 9001:2015 شد.",
    "این گواهینامه پس از ممیزی دو روزه توسط یک شرکت بین المللی اعطا شد.",
], recognitions=[("سازمان آتش نشانی و خدمات ایمنی شهرداری کرج", "iso", "ISO 9001", None, 2023)], published_on="2023-08-09")

doc("fa_a07", "fa", "نشست هم اندیشی مدیران شهری", [
    "نشست هم اندیشی مدیران شهری کلانشهرهای کشور به میزبانی شهرداری قم برگزار شد.",
    "در این نشست شهرداران مشهد، اصفهان و تبریز درباره تجربه‌های خود در حوزه مدیریت بحران سخن گفتند.",
    "جمعیت شهر قم بیش از یک میلیون و ۳۰۰ هزار نفر است.",
], published_on="2024-01-10", not_metrics=["جمعیت قم"])

doc("fa_a08", "fa", "نتایج ارزیابی تعالی شهرداری رشت", [
    "ارزیابی تعالی سازمانی شهرداری رشت در سال ۱۴۰۱ با حضور ۱۵ ارزیاب داخلی و ۵ ارزیاب بیرونی انجام شد.",
    "در مجموع ۶۴۰ نفر ساعت ارزیابی صورت گرفت و ۱۹۸ نقطه قوت، ۲۷۵ نقطه قابل بهبود و ۱۲ تجربه برتر شناسایی شد.",
    "بر اساس این نتایج، ۴۵ پروژه بهبود تعریف و به واحدها ابلاغ شد.",
], metrics=[("شهرداری رشت", "assessors_internal", 15, 2022), ("شهرداری رشت", "assessors_external", 5, 2022),
            ("شهرداری رشت", "assessment_hours", 640, 2022), ("شهرداری رشت", "strengths", 198, 2022),
            ("شهرداری رشت", "improvement_areas", 275, 2022), ("شهرداری رشت", "best_practices", 12, 2022),
            ("شهرداری رشت", "improvement_projects", 45, 2022)],
    published_on=None)

doc("fa_a09", "fa", "تندیس بلورین به شهرداری اصفهان رسید", [
    "شهرداری اصفهان در مراسم اختتامیه جایزه ملی تعالی سازمانی، تندیس بلورین این جایزه را کسب کرد.",
    "شهردار اصفهان این موفقیت را حاصل تلاش همه همکاران دانست و گفت: در ارزیابی امسال ۹۶ ارزیاب داخلی مشارکت داشتند.",
], metrics=[("شهرداری اصفهان", "assessors_internal", 96, 2023)],
    recognitions=[("شهرداری اصفهان", "iran_national", "تندیس بلورین", None, 2023)], published_on="2023-02-15")

doc("fa_a10", "fa", "فراخوان ثبت نام در جایزه ملی تعالی", [
    "دبیرخانه جایزه ملی تعالی سازمانی فراخوان ثبت نام دوره بیست و ششم را منتشر کرد.",
    "سازمان‌ها و شهرداری‌های متقاضی می‌توانند تا پایان اسفند ۱۴۰۳ برای دریافت گواهی تعهد به تعالی، تقدیرنامه و تندیس ثبت نام کنند.",
], published_on="2025-01-20", not_recognitions=["فراخوان ثبت نام"])

doc("fa_a11", "fa", "دو شهرداری برگزیده جشنواره تعالی استان", [
    "در جشنواره تعالی مدیریت استان فارس، شهرداری شیراز تندیس زرین و شهرداری مرودشت تقدیرنامه دو ستاره دریافت کردند.",
    "دبیر جشنواره گفت: امسال ۳۸ دستگاه اجرایی در این جشنواره ارزیابی شدند.",
], recognitions=[("شهرداری شیراز", "iran_national", "تندیس زرین", None, 2024), ("شهرداری مرودشت", "iran_national", "تقدیرنامه دو ستاره", 2, 2024)],
    published_on="2024-11-02")

doc("fa_a12", "fa", "گزارش عملکرد واحد تعالی شهرداری کرج", [
    "واحد تعالی سازمانی شهرداری کرج گزارش عملکرد سال ۱۴۰۲ خود را منتشر کرد.",
    "بر اساس این گزارش، سیصد و دوازده نقطه قوت و چهارصد و پنج نقطه قابل بهبود در ارزیابی سال ۱۴۰۲ شناسایی شده و ۲۷ پروژه بهبود در حال اجراست.",
], metrics=[("شهرداری کرج", "strengths", 312, 2023), ("شهرداری کرج", "improvement_areas", 405, 2023),
            ("شهرداری کرج", "improvement_projects", 27, 2023)], published_on="2024-04-20")

# ---------------------------------------------------------------- English
doc("en_a01", "en", "Leeds City Council achieves Recognised by EFQM 4 Star", [
    "Leeds City Council has been awarded Recognised by EFQM 4 Star status following an external assessment in March 2024.",
    "A team of five assessors spent three days on site and identified 39 strengths and 47 areas for improvement.",
    "The council says it will now launch 10 improvement projects to address the feedback.",
], metrics=[("Leeds City Council", "assessors", 5, 2024), ("Leeds City Council", "strengths", 39, 2024),
            ("Leeds City Council", "improvement_areas", 47, 2024)],
    recognitions=[("Leeds City Council", "efqm", "Recognised by EFQM 4 Star", 4, 2024)], published_on="2024-04-09",
    not_metrics=["10 improvement projects (plan)"])

doc("en_a02", "en", "Dubai Municipality wins excellence award", [
    "Dubai Municipality won the Dubai Government Excellence Programme's award for the best government entity on 12 February 2023.",
    "During the assessment cycle, 1,250 employees took part in improvement teams and the municipality completed fourteen improvement projects.",
], metrics=[("Dubai Municipality", "improvement_projects", 14, 2023)],
    recognitions=[("Dubai Municipality", "other", "Dubai Government Excellence Programme award", None, 2023)], published_on=None)

doc("en_a03", "en", "Council shortlisted for national quality award", [
    "Bristol City Council has been shortlisted for the UK Excellence Award 2024, organised by the British Quality Foundation.",
    "Winners will be announced at a ceremony in London in November. The council hopes to achieve Recognised by EFQM status for the first time next year.",
], published_on="2024-07-22", not_recognitions=["shortlisted for UK Excellence Award", "hope"])

doc("en_a04", "en", "Gaziantep Metropolitan Municipality receives ELoGE label", [
    "Gaziantep Metropolitan Municipality received the European Label of Governance Excellence (ELoGE) from the Council of Europe at a ceremony held on 8 December 2023.",
    "The municipality's population is about 2.1 million and its annual budget exceeds 9 billion lira.",
], recognitions=[("Gaziantep Metropolitan Municipality", "eloge", "ELoGE", None, 2023)], published_on="2023-12-09",
    not_metrics=["population", "budget"])

doc("en_a05", "en", "Self-assessment results published", [
    "Isfahan Municipality has published the results of its third organizational excellence festival.",
    "The assessment was carried out by 55 internal assessors and 10 external assessors, who spent 1,100 person-hours of internal assessment and 600 person-hours of external assessment on the work.",
    "They identified 1,293 strengths, 2,731 areas for improvement and 68 best practices, and the municipality defined 736 improvement projects.",
], metrics=[("شهرداری اصفهان", "assessors_internal", 55, 2022), ("شهرداری اصفهان", "assessors_external", 10, 2022),
            ("شهرداری اصفهان", "assessment_hours_internal", 1100, 2022), ("شهرداری اصفهان", "assessment_hours_external", 600, 2022),
            ("شهرداری اصفهان", "strengths", 1293, 2022), ("شهرداری اصفهان", "improvement_areas", 2731, 2022),
            ("شهرداری اصفهان", "best_practices", 68, 2022), ("شهرداری اصفهان", "improvement_projects", 736, 2022)],
    published_on="2022-11-04")

doc("en_a06", "en", "Baldrige award for city", [
    "The City of Fort Collins received the Malcolm Baldrige National Quality Award in 2017, becoming one of only a few municipalities to do so.",
    "Examiners had identified 28 strengths and 19 opportunities for improvement in the city's feedback report the year before.",
], metrics=[("City of Fort Collins", "strengths", 28, 2016), ("City of Fort Collins", "improvement_areas", 19, 2016)],
    recognitions=[("City of Fort Collins", "baldrige", "Malcolm Baldrige National Quality Award", None, 2017)], published_on=None)

doc("en_a07", "en", "Budget consultation opens", [
    "Manchester City Council has opened its budget consultation for 2025/26. The council needs to save £37 million over the next two years.",
    "Residents can respond online until 15 January. More than 4,000 people took part last year.",
], published_on="2024-11-20", not_metrics=["£37 million", "4,000 people"])

doc("en_a08", "en", "Two councils recognised at regional excellence awards", [
    "At the regional excellence awards ceremony on 3 October 2024, Sheffield City Council received Recognised by EFQM 3 Star, while Leeds City Council was awarded the Committed to Excellence certificate.",
    "Sheffield's assessors reported 31 strengths; Leeds was found to have 22 strengths and 35 areas for improvement.",
], metrics=[("Sheffield City Council", "strengths", 31, 2024), ("Leeds City Council", "strengths", 22, 2024),
            ("Leeds City Council", "improvement_areas", 35, 2024)],
    recognitions=[("Sheffield City Council", "efqm", "Recognised by EFQM 3 Star", 3, 2024),
                  ("Leeds City Council", "efqm", "Committed to Excellence", None, 2024)], published_on="2024-10-04")

doc("en_a09", "en", "Council plans excellence journey", [
    "Birmingham City Council plans to apply for Recognised by EFQM 5 Star in 2026.",
    "The council aims to train 40 internal assessors and to run 25 improvement projects by the end of 2025.",
], published_on="2024-03-15", kind="plan", not_recognitions=["plan to apply"], not_metrics=["40 assessors target", "25 projects target"])

doc("en_a10", "en", "ISO certification for council services", [
    "Cardiff Council's housing service has been certified to ISO 9001 and ISO 14001 after an audit in May 2024.",
    "The audit covered 12 service areas and took two days.",
], recognitions=[("Cardiff Council", "iso", "ISO 9001", None, 2024), ("Cardiff Council", "iso", "ISO 14001", None, 2024)],
    published_on="2024-06-01")

doc("en_a11", "en", "Internal assessment completed", [
    "The internal excellence assessment of Leeds City Council was completed in June.",
    "Twenty-two trained assessors took part, and the exercise identified two hundred and four strengths and one hundred and eighty areas for improvement across the council's directorates.",
], metrics=[("Leeds City Council", "assessors", 22, 2023), ("Leeds City Council", "strengths", 204, 2023),
            ("Leeds City Council", "improvement_areas", 180, 2023)], published_on="2023-07-02")

doc("en_a12", "en", "Annual quality report", [
    "Glasgow City Council's annual quality report summarises the results of the 2023 assessment.",
], metrics=[("Glasgow City Council", "strengths", 45, 2023), ("Glasgow City Council", "improvement_areas", 52, 2023),
            ("Glasgow City Council", "improvement_projects", 9, 2023)],
    table=("Assessment results", [["Finding", "Number"], ["Strengths", "45"], ["Areas for improvement", "52"], ["Improvement projects launched", "9"]]),
    published_on="2024-02-01")


def render_html(d: dict) -> str:
    lang = d["language"]
    crumbs, related, footer = CHROME[lang]
    direction = ' dir="rtl"' if lang == "fa" else ""
    font = "'Noto Naskh Arabic', serif" if lang == "fa" else "'DejaVu Sans', sans-serif"
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in d["paragraphs"])
    if d["table"]:
        caption, rows = d["table"]
        cells = "".join("<tr>" + "".join(f"<td width='220'>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows)
        body += f"\n<table width='450'><caption>{html.escape(caption)}</caption>{cells}</table>"
    return f"""<!doctype html>
<html lang="{lang}"{direction}><head><meta charset="utf-8"><title>{html.escape(d['title'])}</title>
<style>body{{font-family:{font};font-size:11pt;line-height:1.5;margin:2cm}} h1{{font-size:16pt}} nav,footer,aside{{font-size:9pt;color:#555}} table{{width:12cm}} td{{border:1px solid #999;padding:2px 8px;width:6cm}}</style></head>
<body><nav class="breadcrumb">{html.escape(crumbs)}</nav>
<article><h1>{html.escape(d['title'])}</h1>
{body}
</article>
<aside class="related">{html.escape(related)}</aside>
<footer>{html.escape(footer)}</footer></body></html>
"""


def main() -> None:
    (HERE / "docs").mkdir(exist_ok=True)
    (HERE / "labels").mkdir(exist_ok=True)
    for d in DOCS:
        (HERE / "docs" / f"{d['id']}.html").write_text(render_html(d), encoding="utf-8")
        label = {k: d[k] for k in ("id", "language", "kind", "published_on", "manifest_organization", "metrics", "recognitions", "not_recognitions", "not_metrics")}
        (HERE / "labels" / f"{d['id']}.json").write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(DOCS)} documents")


if __name__ == "__main__":
    main()
