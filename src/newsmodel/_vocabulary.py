"""Words, names and places the Hypothesis strategies build realistic news copy from.

Written for newsmodel; each language has everyday news words, given and family names,
cities (for datelines) and section names (about twenty, as portals in that language name
their sections, the commonest first: menus draw from them). Right-to-left (Arabic) and
scripts written without spaces (Chinese) are included on purpose.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["COUNTRIES", "LANGUAGES", "ROLE_TITLES", "Vocabulary"]


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


class Vocabulary(NamedTuple):
    """What news copy in one language is made of."""

    words: tuple[str, ...]
    given_names: tuple[str, ...]
    family_names: tuple[str, ...]
    cities: tuple[str, ...]
    sections: tuple[str, ...]
    separator: str = " "
    full_stop: str = "."


LANGUAGES: dict[str, Vocabulary] = {
    "en": Vocabulary(
        words=_words(
            "government talks minister delegation visit cooperation security council vote "
            "election parliament budget economy market prices inflation report officials "
            "sources said agreement border talks city residents police court ruling appeal "
            "health hospital school teachers strike union workers energy oil gas climate "
            "storm flood rescue team league final season coach players record growth quarter "
            "bank rates decision week today yesterday morning statement spokesman announced "
            "expected follow new first major regional international national"
        ),
        given_names=("Sarah", "James", "Amina", "David", "Laura", "Omar", "Grace", "Peter"),
        family_names=("Mitchell", "Okafor", "Bennett", "Hughes", "Rahman", "Clarke", "Novak"),
        cities=("London", "Washington", "Nairobi", "Sydney", "Toronto", "Damascus", "Geneva"),
        sections=(
            *("News", "World", "Politics", "Business", "Sport", "Culture", "Opinion"),
            *("UK", "Science", "Technology", "Health", "Education", "Environment"),
            *("Travel", "Lifestyle", "Money", "Football", "Local", "Arts", "Books"),
        ),
    ),
    "ar": Vocabulary(
        words=_words(
            "الحكومة محادثات وزير وفد زيارة تعاون الأمن مجلس تصويت انتخابات البرلمان "
            "الميزانية الاقتصاد السوق الأسعار التضخم تقرير مسؤولون مصادر قال اتفاق الحدود "
            "المدينة السكان الشرطة المحكمة قرار الصحة المستشفى المدرسة المعلمين إضراب الطاقة "
            "النفط الغاز المناخ عاصفة فيضان إنقاذ فريق الدوري النهائي الموسم المدرب اللاعبين "
            "رقم النمو البنك الأسبوع اليوم أمس صباح بيان المتحدث أعلن جديد الأول الإقليمي "
            "الدولي الوطني"
        ),
        given_names=("أحمد", "محمد", "فاطمة", "مريم", "خالد", "سارة", "يوسف", "ليلى"),
        family_names=("الحسن", "العلي", "الشرع", "حامد", "منصور", "القاسم", "الخطيب"),
        cities=("دمشق", "بيروت", "القاهرة", "الرياض", "عمّان", "بغداد", "تونس"),
        sections=(
            *("أخبار", "العالم", "سياسة", "اقتصاد", "رياضة", "ثقافة", "رأي"),
            *("محليات", "عربي ودولي", "تكنولوجيا", "صحة", "علوم", "منوعات", "فن"),
            *("مقالات", "تحقيقات", "بيئة", "تعليم", "مجتمع", "كرة القدم"),
        ),
    ),
    "de": Vocabulary(
        words=_words(
            "Regierung Gespräche Minister Delegation Besuch Zusammenarbeit Sicherheit Rat "
            "Abstimmung Wahl Bundestag Haushalt Wirtschaft Markt Preise Inflation Bericht "
            "Beamte Quellen sagte Abkommen Grenze Stadt Bewohner Polizei Gericht Urteil "
            "Gesundheit Krankenhaus Schule Lehrer Streik Gewerkschaft Energie Klima Sturm "
            "Hochwasser Rettung Mannschaft Saison Trainer Spieler Rekord Wachstum Bank Woche "
            "heute gestern Morgen Erklärung Sprecher kündigte neue erste große"
        ),
        given_names=("Anna", "Lukas", "Jürgen", "Sophie", "Mehmet", "Katrin", "Björn"),
        family_names=("Müller", "Schäfer", "Weiß", "Yılmaz", "Becker", "Groß", "Köhler"),
        cities=("Berlin", "München", "Köln", "Wien", "Zürich", "Düsseldorf", "Görlitz"),
        sections=(
            *("Nachrichten", "Politik", "Wirtschaft", "Sport", "Kultur", "Meinung"),
            *("Ausland", "Inland", "Panorama", "Wissen", "Gesundheit", "Digital"),
            *("Reise", "Regional", "Fußball", "Finanzen", "Feuilleton", "Gesellschaft"),
        ),
    ),
    "fr": Vocabulary(
        words=_words(
            "gouvernement pourparlers ministre délégation visite coopération sécurité conseil "
            "vote élection parlement budget économie marché prix inflation rapport "
            "responsables sources a déclaré accord frontière ville habitants police tribunal "
            "décision santé hôpital école enseignants grève syndicat énergie climat tempête "
            "inondation secours équipe saison entraîneur joueurs record croissance banque "
            "semaine aujourd'hui hier matin communiqué porte-parole nouveau première grande "
            "régionale internationale"
        ),
        given_names=("Camille", "Éric", "Hélène", "Karim", "Léa", "François", "Zoé"),
        family_names=("Dubois", "Lefèvre", "Benali", "Moreau", "Girard", "Faure", "Roux"),
        cities=("Paris", "Lyon", "Marseille", "Bruxelles", "Genève", "Montréal", "Dakar"),
        sections=(
            *("Actualités", "International", "Politique", "Économie", "Sport", "Culture"),
            *("Société", "France", "Opinions", "Planète", "Sciences", "Santé"),
            *("Éducation", "Idées", "Football", "Livres", "Cinéma", "Régions"),
        ),
    ),
    "es": Vocabulary(
        words=_words(
            "gobierno conversaciones ministro delegación visita cooperación seguridad consejo "
            "votación elecciones congreso presupuesto economía mercado precios inflación "
            "informe funcionarios fuentes dijo acuerdo frontera ciudad vecinos policía "
            "tribunal fallo salud hospital escuela maestros huelga sindicato energía clima "
            "tormenta inundación rescate equipo temporada entrenador jugadores récord "
            "crecimiento banco semana hoy ayer mañana comunicado portavoz anunció nuevo "
            "primera gran nacional"
        ),
        given_names=("Lucía", "Javier", "Begoña", "Andrés", "Núria", "Íñigo", "Carmen"),
        family_names=("García", "Martínez", "Peña", "Ibáñez", "Núñez", "Castaño", "Ruiz"),
        cities=("Madrid", "Barcelona", "Sevilla", "Bogotá", "Lima", "Ciudad de México"),
        sections=(
            *("Noticias", "Internacional", "Política", "Economía", "Deportes", "Cultura"),
            *("España", "Opinión", "Sociedad", "Ciencia", "Tecnología", "Salud"),
            *("Educación", "Fútbol", "Televisión", "Gente", "Sucesos", "Viajes"),
        ),
    ),
    "ru": Vocabulary(
        words=_words(
            "правительство переговоры министр делегация визит сотрудничество безопасность "
            "совет голосование выборы парламент бюджет экономика рынок цены инфляция доклад "
            "чиновники источники заявил соглашение граница город жители полиция суд решение "
            "здоровье больница школа учителя забастовка профсоюз энергия климат шторм "
            "наводнение спасатели команда сезон тренер игроки рекорд рост банк неделя сегодня "
            "вчера утром заявление представитель новый первый"
        ),
        given_names=("Михаил", "Анна", "Юнус-Бек", "Ольга", "Дмитрий", "Елена", "Сергей"),
        family_names=("Дегтярев", "Евкуров", "Смирнова", "Иванов", "Попова", "Козлов"),
        cities=("Москва", "Санкт-Петербург", "Казань", "Новосибирск", "Сочи"),
        sections=(
            *("Новости", "В мире", "Политика", "Экономика", "Спорт", "Культура"),
            *("Общество", "Россия", "Наука и техника", "Происшествия", "Здоровье"),
            "Интернет и СМИ",
            *("Образование", "Футбол", "Авто", "Недвижимость", "Мнения", "Регионы"),
        ),
    ),
    "zh": Vocabulary(
        words=_words(
            "政府 会谈 部长 代表团 访问 合作 安全 理事会 投票 选举 议会 预算 经济 "
            "市场 价格 通胀 报告 官员 消息 表示 协议 边境 城市 居民 警方 法院 "
            "裁决 卫生 医院 学校 教师 罢工 工会 能源 气候 暴雨 洪水 救援 球队 "
            "赛季 教练 球员 纪录 增长 银行 本周 今天 昨天 上午 声明 发言人 宣布 "
            "新的 首次 重大 国际"
        ),
        given_names=("伟", "芳", "娜", "敏", "静", "强", "磊"),
        family_names=("王", "李", "张", "刘", "陈", "杨", "赵"),
        cities=("北京", "上海", "广州", "深圳", "香港", "台北", "成都"),
        sections=(
            *("新闻", "国际", "政治", "财经", "体育", "文化", "评论"),
            *("国内", "社会", "科技", "军事", "娱乐", "健康", "教育"),
            *("汽车", "房产", "旅游", "时尚", "港澳台", "地方"),
        ),
        separator="",
        full_stop="。",
    ),
}

ROLE_TITLES = (
    "President",
    "Prime Minister",
    "Minister of Defense",
    "Deputy Minister of Defense",
    "Minister of Sports",
    "Foreign Minister",
    "Spokesperson",
    "Chief Executive",
    "Mayor",
    "Ambassador",
    "Head Coach",
    "Chief Justice",
)

COUNTRIES = (
    "Syria",
    "Russia",
    "Germany",
    "France",
    "Egypt",
    "Brazil",
    "China",
    "Kenya",
    "United States",
    "Côte d'Ivoire",
    "Türkiye",
    "Lebanon",
)
