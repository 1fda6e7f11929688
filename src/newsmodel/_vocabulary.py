"""Words, names and places the Hypothesis strategies build realistic news copy from, and
the words a portal's page puts around a story.

Written for newsmodel; each language has everyday news words, given and family names,
cities (for datelines) and section names. Right-to-left (Arabic) and scripts written
without spaces (Chinese) are included on purpose.

:data:`PAGE_WORDS` holds, per language, the furniture of an article page as plain text
shows it ("Related Articles", "Leave a Reply", "Back to top"...): the ``text`` reader
recognises every wording, the ``text`` writer writes the first. A new portal's wording is
one string added here.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = [
    "AGENCIES",
    "COUNTRIES",
    "LANGUAGES",
    "NETWORKS",
    "PAGE_WORDS",
    "ROLE_TITLES",
    "ROLE_WORDS",
    "PageWords",
    "Vocabulary",
]


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
        sections=("News", "World", "Politics", "Business", "Sport", "Culture", "Opinion"),
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
        sections=("أخبار", "العالم", "سياسة", "اقتصاد", "رياضة", "ثقافة", "رأي"),
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
        sections=("Nachrichten", "Politik", "Wirtschaft", "Sport", "Kultur", "Meinung"),
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
        sections=("Actualités", "International", "Politique", "Économie", "Sport", "Culture"),
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
        sections=("Noticias", "Internacional", "Política", "Economía", "Deportes", "Cultura"),
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
        sections=("Новости", "В мире", "Политика", "Экономика", "Спорт", "Культура"),
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
        sections=("新闻", "国际", "政治", "财经", "体育", "文化", "评论"),
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


class PageWords(NamedTuple):
    """The furniture of an article page in one language, each kind's wordings with the one
    the ``text`` writer writes first. Lines are matched whole, in any case."""

    byline: tuple[str, ...]  # before the authors' names: "By Jane Roe"; ":" only with one
    and_: str  # between the last two names of a byline ("و" is written onto the name)
    published: tuple[str, ...]  # before the day of publication: "Published 4 September 2025"
    updated: tuple[str, ...]  # before the day of the last change
    more_from: tuple[str, ...]  # links to the section: "{section}" and "{portal}" stand in
    related: tuple[str, ...]  # headings over lists of other stories' titles
    read_also: tuple[str, ...]  # before one title inside or after the story: "Read also: ..."
    popular: tuple[str, ...]  # headings over most-read and latest lists
    share: tuple[str, ...]  # a share row's label, before the networks' names
    share_items: tuple[str, ...]  # a share row's buttons that are no network's name
    tags: tuple[str, ...]  # the label before the tags
    newsletter: tuple[str, ...]  # a word only a newsletter prompt uses
    comments: tuple[str, ...]  # the noun of a comment count: "3 comments", "Comments (3)"
    no_comments: tuple[str, ...]  # a count of none
    reply: tuple[str, ...]  # a prompt to comment: comments are open
    closed: tuple[str, ...]  # a notice that comments are closed
    back_to_top: tuple[str, ...]
    previous: tuple[str, ...]  # before the title of the previous article
    next: tuple[str, ...]  # before the title of the next article
    advertisement: tuple[str, ...]  # an advert's label inside the story
    reading_time: tuple[str, ...]  # after a number: "3 min read"
    listen: tuple[str, ...]  # an audio player's button
    photo: tuple[str, ...]  # before a caption's credit: "Photo: Jane Roe/AFP"
    categories: tuple[str, ...]  # the label before the categories (not the tags)
    menu: tuple[str, ...]  # a site menu's items above the story
    rights: tuple[str, ...]  # the footer's copyright notice


PAGE_WORDS: dict[str, PageWords] = {
    "en": PageWords(
        and_="and",
        byline=("By", "Written by", "Posted by", "Words by", "Reporting by", "Author", "Authors"),
        published=("Published", "Published on", "Posted on", "Posted", "First published"),
        updated=("Updated", "Last updated", "Updated on", "Modified"),
        more_from=(
            "More {section} articles on {portal}",
            "More {section} news from {portal}",
            "More {section} stories from {portal}",
            "More {section} posts on {portal}",
            "More from {section}",
            "More in {section}",
            "More {section} news",
            "More {section} stories",
            "More on {portal}",
            "More from {portal}",
        ),
        related=(
            "Related posts",
            "Related Articles",
            "Related",
            "Related Posts",
            "Related Stories",
            "Related News",
            "Related Content",
            "Related Coverage",
            "Related Topics",
            "You May Also Like",
            "You Might Also Like",
            "Recommended",
            "Recommended for you",
            "Recommended Stories",
            "More Stories",
            "More News",
            "More to read",
            "Read More",
            "Read Also",
            "Read Next",
            "Also on",
            "What to read next",
            "In other news",
            "Further reading",
            "See also",
        ),
        read_also=("Read also", "Read more", "Also read", "See also", "Related", "Read next"),
        popular=(
            "Most Watched",
            "Most Read",
            "Most Popular",
            "Most Viewed",
            "Most Shared",
            "Trending",
            "Trending Now",
            "Popular",
            "Popular Posts",
            "Latest",
            "Latest News",
            "Latest Stories",
            "Latest Posts",
            "Latest Articles",
            "Top Stories",
            "Editor's Picks",
            "Don't Miss",
            "Just In",
        ),
        share=(
            "Share this:",
            "Share",
            "Share this",
            "Share this article",
            "Share this story",
            "Share on",
        ),
        share_items=(
            "Save",
            "Email",
            "E-mail",
            "Print",
            "Copy link",
            "Share via Email",
            "Like Loading...",
        ),
        tags=("Tags", "Topics", "Keywords", "Tagged", "Filed under", "Related Topics"),
        newsletter=("newsletter",),
        comments=("comments", "comment", "responses", "replies", "thoughts", "thought"),
        no_comments=("No comments", "No comments yet", "Be the first to comment"),
        reply=(
            "Leave a Reply",
            "Leave a Comment",
            "Post a Comment",
            "Add a Comment",
            "Write a Comment",
            "Join the discussion",
            "Join the conversation",
            "Have your say",
            "Reply",
            "Cancel reply",
            "Comment",
        ),
        closed=("Comments are closed.", "Comments are closed", "Comments closed"),
        back_to_top=("Back to top button", "Back to top", "Scroll to top", "Top", "To top"),
        previous=("Previous article", "Previous post", "Previous story", "Previous"),
        next=("Next article", "Next post", "Next story", "Next"),
        advertisement=("Advertisement", "Advert", "Sponsored", "Ad"),
        reading_time=("min read", "minute read", "minutes read", "mins read", "minute reading"),
        listen=("Listen to this article", "Listen", "Listen to article", "Audio"),
        photo=("Photograph", "Photo", "Picture", "Image", "Credit", "Photo credit"),
        categories=("Categories", "Category", "Posted in", "Filed under"),
        menu=(
            "Skip to content",
            "Skip to main content",
            "Home",
            "About",
            "About us",
            "Contact",
            "Contact us",
            "Log in",
            "Sign in",
            "Search",
            "Menu",
            "Subscribe",
        ),
        rights=("All rights reserved",),
    ),
    "fr": PageWords(
        and_="et",
        byline=("Par", "Écrit par", "Publié par", "Auteur", "Auteurs", "Texte"),
        published=("Publié le", "Publié", "Mis en ligne le", "Posté le", "Paru le"),
        updated=("Mis à jour le", "Mis à jour", "Actualisé le", "Modifié le"),
        more_from=(
            "Plus d'articles {section} sur {portal}",
            "Plus d'articles de la rubrique {section}",
            "Plus d'actualités {section}",
            "Plus de {section}",
            "Toute l'actualité {section}",
            "Dans la rubrique {section}",
            "Plus d'articles sur {portal}",
            "Plus sur {portal}",
        ),
        related=(
            "Articles liés",
            "Sur le même thème",
            "Articles similaires",
            "À lire aussi",
            "A lire aussi",
            "Lire aussi",
            "Sur le même sujet",
            "Articles liés",
            "Vous aimerez aussi",
            "Vous aimerez peut-être aussi",
            "Nos articles",
            "Dans la même rubrique",
            "Articles connexes",
            "À découvrir",
            "À voir aussi",
            "Plus d'actualités",
            "Ailleurs sur le site",
            "Voir aussi",
        ),
        read_also=("Lire aussi", "À lire aussi", "A lire aussi", "Lire la suite", "Voir aussi"),
        popular=(
            "Les + lus",
            "Les + lues",
            "Les plus consultés",
            "Les plus lus",
            "Les plus lues",
            "Les plus populaires",
            "Les plus partagés",
            "Dernières actualités",
            "Dernières infos",
            "Derniers articles",
            "À la une",
            "En continu",
            "Les dernières",
            "Tendances",
            "Le fil info",
            "Fil info",
        ),
        share=("Partager :", "Partager", "Partager cet article", "Partager sur", "Partagez"),
        share_items=(
            "Sauvegarder",
            "E-mail",
            "Courriel",
            "Imprimer",
            "Copier le lien",
            "J'aime chargement…",
        ),
        tags=("Mots-clés", "Mots clés", "Tags", "Thèmes", "Sujets", "Étiquettes"),
        newsletter=("newsletter", "lettre d'information"),
        comments=(
            "commentaires",
            "commentaire",
            "réactions",
            "réaction",
            "réponses",
            "réflexions",
        ),
        no_comments=("Aucun commentaire", "Pas de commentaire", "Soyez le premier à réagir"),
        reply=(
            "Laisser un commentaire",
            "Laisser une réponse",
            "Laissez un commentaire",
            "Ajouter un commentaire",
            "Écrire un commentaire",
            "Réagir",
            "Réagissez",
            "Commenter",
            "Répondre",
            "Annuler la réponse",
        ),
        closed=(
            "Les commentaires sont fermés.",
            "Les commentaires sont fermés",
            "Commentaires fermés",
            "Les commentaires sont clos.",
            "Les commentaires sont clos",
        ),
        back_to_top=(
            "Retour en haut",
            "Retour en haut de page",
            "Retour en haut de la page",
            "Bouton retour en haut de la page",
            "Haut de page",
            "Haut",
        ),
        previous=("Article précédent", "Précédent"),
        next=("Article suivant", "Suivant"),
        advertisement=("Publicité", "Annonce", "Contenu sponsorisé"),
        reading_time=(
            "min de lecture",
            "minutes de lecture",
            "minute de lecture",
            "mn de lecture",
        ),
        listen=(
            "Écouter cet article",
            "Écouter l'article",
            "Écouter",
            "Lire l'article à voix haute",
        ),
        photo=("Photo", "Crédit photo", "Crédits photo", "Crédit", "Illustration", "Image"),
        categories=("Catégories", "Catégorie", "Rubrique", "Publié dans", "Classé dans"),
        menu=(
            "Aller au contenu",
            "Aller au contenu principal",
            "Accueil",
            "À propos",
            "Contact",
            "Nous contacter",
            "Se connecter",
            "Rechercher",
            "Menu",
            "S'abonner",
        ),
        rights=("Tous droits réservés",),
    ),
    "es": PageWords(
        and_="y",
        byline=("Por", "Escrito por", "Publicado por", "Autor", "Autora", "Texto"),
        published=("Publicado el", "Publicado", "Publicado en"),
        updated=("Actualizado el", "Actualizado", "Última actualización"),
        more_from=(
            "Más noticias de {section} en {portal}",
            "Más artículos de {section} en {portal}",
            "Más noticias de {section}",
            "Más de {section}",
            "Más en {section}",
            "Más sobre {section}",
            "Más noticias en {portal}",
            "Más en {portal}",
        ),
        related=(
            "Relacionado",
            "Entradas relacionadas",
            "Noticias relacionadas",
            "Artículos relacionados",
            "Entradas relacionadas",
            "Relacionados",
            "Relacionadas",
            "Te puede interesar",
            "Te podría interesar",
            "También te puede interesar",
            "Lee también",
            "Lea también",
            "Leer más",
            "Más noticias",
            "Otras noticias",
            "Contenido relacionado",
            "Quizás te interese",
            "Recomendados",
        ),
        read_also=("Lee también", "Lea también", "Leer más", "Te puede interesar", "Ver también"),
        popular=(
            "Lo + leído",
            "Lo más leído",
            "Lo más visto",
            "Más leídas",
            "Más leídos",
            "Últimas noticias",
            "Lo último",
            "Tendencias",
            "Destacados",
            "Populares",
        ),
        share=(
            "Compartir esto:",
            "Compartir",
            "Compartir esto",
            "Comparte",
            "Compartir en",
            "Comparte esta noticia",
        ),
        share_items=("Guardar", "Correo", "Correo electrónico", "Imprimir", "Copiar enlace"),
        tags=("Etiquetas", "Temas", "Tags", "Palabras clave", "Archivado en"),
        newsletter=("newsletter", "boletín"),
        comments=("comentarios", "comentario", "respuestas"),
        no_comments=("Sin comentarios", "No hay comentarios", "Sé el primero en comentar"),
        reply=(
            "Deja un comentario",
            "Deja una respuesta",
            "Dejar un comentario",
            "Escribe un comentario",
            "Cancelar la respuesta",
            "Cancelar respuesta",
            "Añadir un comentario",
            "Comentar",
            "Responder",
        ),
        closed=(
            "Los comentarios están cerrados.",
            "Los comentarios están cerrados",
            "Comentarios cerrados",
            "Comentarios cerrados.",
        ),
        back_to_top=(
            "Volver arriba",
            "Botón volver arriba",
            "Ir arriba",
            "Subir",
            "Volver al inicio",
        ),
        previous=("Artículo anterior", "Noticia anterior", "Anterior"),
        next=("Artículo siguiente", "Noticia siguiente", "Siguiente"),
        advertisement=("Publicidad", "Anuncio", "Contenido patrocinado"),
        reading_time=(
            "minutos de lectura",
            "min de lectura",
            "minuto de lectura",
            "min. de lectura",
        ),
        listen=(
            "Escuchar esta noticia",
            "Escuchar este artículo",
            "Escuchar",
            "Escucha la noticia",
        ),
        photo=("Foto", "Imagen", "Fotografía", "Crédito"),
        categories=("Categorías", "Categoría", "Publicado en", "Sección"),
        menu=(
            "Ir al contenido",
            "Saltar al contenido",
            "Inicio",
            "Portada",
            "Contacto",
            "Quiénes somos",
            "Acerca de",
            "Buscar",
            "Menú",
            "Suscríbete",
        ),
        rights=("Todos los derechos reservados",),
    ),
    "de": PageWords(
        and_="und",
        byline=("Von", "Geschrieben von", "Autor", "Autorin", "Text"),
        published=("Veröffentlicht am", "Veröffentlicht", "Erschienen am", "Erstellt am", "Stand"),
        updated=("Aktualisiert am", "Aktualisiert", "Zuletzt aktualisiert", "Geändert am"),
        more_from=(
            "Mehr {section}-Artikel auf {portal}",
            "Weitere Artikel aus {section}",
            "Weitere Artikel aus dem Ressort {section}",
            "Mehr aus dem Ressort {section}",
            "Mehr aus {section}",
            "Mehr zu {section}",
            "Mehr {section}",
            "Mehr auf {portal}",
            "Mehr von {portal}",
        ),
        related=(
            "Ähnliche Beiträge",
            "Verwandte Beiträge",
            "Das könnte Sie auch interessieren",
            "Das könnte dich auch interessieren",
            "Mehr zum Thema",
            "Weitere Artikel",
            "Ähnliche Artikel",
            "Verwandte Artikel",
            "Auch interessant",
            "Lesen Sie auch",
            "Lies auch",
            "Empfohlen",
            "Empfehlungen",
            "Weitere Nachrichten",
            "Mehr Nachrichten",
            "Zum Weiterlesen",
            "Passend zum Thema",
        ),
        read_also=(
            "Lesen Sie auch",
            "Lies auch",
            "Auch interessant",
            "Mehr zum Thema",
            "Lesen Sie mehr",
        ),
        popular=(
            "Meist gelesen",
            "Meistgelesen",
            "Meistgelesene Artikel",
            "Am meisten gelesen",
            "Meistgeklickt",
            "Beliebt",
            "Neueste Artikel",
            "Neueste Nachrichten",
            "Aktuelle Nachrichten",
            "Aktuell",
            "Top-Themen",
            "Topthemen",
            "Schlagzeilen",
        ),
        share=(
            "Teilen mit",
            "Teilen",
            "Artikel teilen",
            "Teilen auf",
            "Diesen Artikel teilen",
            "Jetzt teilen",
        ),
        share_items=("Merken", "E-Mail", "Mail", "Drucken", "Link kopieren"),
        tags=("Schlagwörter", "Schlagworte", "Themen", "Tags", "Stichwörter"),
        newsletter=("newsletter",),
        comments=("Kommentare", "Kommentar", "Antworten", "Gedanken"),
        no_comments=("Keine Kommentare", "Noch keine Kommentare", "Kommentieren Sie als Erster"),
        reply=(
            "Kommentar schreiben",
            "Schreibe einen Kommentar",
            "Antworten abbrechen",
            "Schreiben Sie einen Kommentar",
            "Hinterlasse einen Kommentar",
            "Kommentar hinterlassen",
            "Jetzt kommentieren",
            "Kommentieren",
            "Antworten",
        ),
        closed=(
            "Die Kommentarfunktion ist geschlossen.",
            "Kommentare sind geschlossen.",
            "Die Kommentare sind geschlossen.",
            "Kommentarfunktion geschlossen",
            "Die Kommentarfunktion ist geschlossen",
            "Kommentare geschlossen",
        ),
        back_to_top=(
            "Nach oben",
            "Zurück nach oben",
            "Zurück zum Anfang",
            'Schaltfläche "Zurück zum Anfang"',
            "Zum Seitenanfang",
            "Seitenanfang",
        ),
        previous=("Vorheriger Artikel", "Voriger Artikel", "Zurück"),
        next=("Nächster Artikel", "Weiter"),
        advertisement=("Anzeige", "Werbung", "Gesponsert"),
        reading_time=("Min. Lesezeit", "Minuten Lesezeit", "Min Lesezeit", "Minute Lesezeit"),
        listen=("Artikel anhören", "Anhören", "Vorlesen", "Audio"),
        photo=("Foto", "Bild", "Fotos", "Quelle", "Bildquelle"),
        categories=("Kategorien", "Kategorie", "Rubrik", "Veröffentlicht in"),
        menu=(
            "Zum Inhalt springen",
            "Direkt zum Inhalt",
            "Startseite",
            "Über uns",
            "Kontakt",
            "Impressum",
            "Suche",
            "Menü",
            "Anmelden",
            "Abo",
        ),
        rights=("Alle Rechte vorbehalten",),
    ),
    "pt": PageWords(
        and_="e",
        byline=(
            "Por",
            "Escrito por",
            "Publicado por",
            "Autor",
            "Autora",
            "Texto",
            "Reportagem de",
        ),
        published=("Publicado em", "Publicado a", "Publicado", "Publicada em"),
        updated=("Atualizado em", "Atualizado", "Atualizada em", "Última atualização"),
        more_from=(
            "Mais notícias de {section} em {portal}",
            "Mais artigos de {section} em {portal}",
            "Mais notícias de {section}",
            "Mais de {section}",
            "Mais em {section}",
            "Mais sobre {section}",
            "Mais notícias em {portal}",
            "Mais em {portal}",
        ),
        related=(
            "Relacionado",
            "Posts relacionados",
            "Notícias relacionadas",
            "Artigos relacionados",
            "Relacionadas",
            "Relacionados",
            "Leia também",
            "Leia mais",
            "Veja também",
            "Você pode gostar",
            "Você também pode gostar",
            "Pode interessar",
            "Mais notícias",
            "Outras notícias",
            "Recomendados",
            "Saiba mais",
        ),
        read_also=("Leia também", "Leia mais", "Veja também", "Saiba mais", "Ler também"),
        popular=(
            "Mais acessadas",
            "Mais lidas",
            "Mais lidos",
            "Mais vistas",
            "Mais populares",
            "Últimas notícias",
            "Últimas",
            "Em alta",
            "Destaques",
        ),
        share=(
            "Compartilhe isso",
            "Compartilhar",
            "Compartilhe",
            "Partilhar",
            "Partilhe",
            "Compartilhar em",
        ),
        share_items=("Salvar", "E-mail", "Email", "Imprimir", "Copiar link"),
        tags=("Tags", "Temas", "Assuntos", "Etiquetas", "Palavras-chave", "Tópicos"),
        newsletter=("newsletter",),
        comments=("comentários", "comentário", "respostas", "pensamentos"),
        no_comments=("Sem comentários", "Nenhum comentário", "Seja o primeiro a comentar"),
        reply=(
            "Deixe um comentário",
            "Deixe uma resposta",
            "Cancelar resposta",
            "Deixe seu comentário",
            "Escreva um comentário",
            "Adicionar comentário",
            "Comentar",
            "Responder",
        ),
        closed=(
            "Os comentários estão fechados.",
            "Os comentários estão fechados",
            "Comentários encerrados",
            "Comentários encerrados.",
            "Comentários fechados",
            "Comentários desativados",
        ),
        back_to_top=(
            "Voltar ao topo",
            "Botão voltar ao topo",
            "Voltar para o topo",
            "Topo",
            "Ir para o topo",
        ),
        previous=("Artigo anterior", "Notícia anterior", "Anterior"),
        next=("Próximo artigo", "Próxima notícia", "Próximo", "Seguinte"),
        advertisement=("Publicidade", "Anúncio", "Conteúdo patrocinado"),
        reading_time=(
            "min de leitura",
            "minutos de leitura",
            "minuto de leitura",
            "min. de leitura",
        ),
        listen=("Ouvir esta notícia", "Ouvir este artigo", "Ouvir", "Escute a notícia"),
        photo=("Foto", "Imagem", "Crédito", "Fotografia"),
        categories=("Categorias", "Categoria", "Publicado em", "Editoria"),
        menu=(
            "Ir para o conteúdo",
            "Pular para o conteúdo",
            "Início",
            "Página inicial",
            "Sobre",
            "Contato",
            "Contacto",
            "Buscar",
            "Pesquisar",
            "Menu",
            "Assine",
        ),
        rights=("Todos os direitos reservados",),
    ),
    "ar": PageWords(
        and_="و",
        byline=(
            "بقلم",
            "كتب:",
            "كتبت:",
            "الكاتب:",
            "إعداد:",
            "تحرير:",
            "تقرير:",
            "بواسطة:",
            "نشر بواسطة",
        ),
        published=("نشر في", "نُشر في", "نشر", "تاريخ النشر", "نشر بتاريخ"),
        updated=("آخر تحديث", "تم التحديث", "تحديث"),
        more_from=(
            "المزيد من أخبار {section} على {portal}",
            "المزيد من {section} على {portal}",
            "المزيد من {section}",
            "مزيد من {section}",
            "المزيد في {section}",
            "المزيد على {portal}",
        ),
        related=(
            "مقالات مشابهة",
            "مقالات ذات صلة",
            "أخبار ذات صلة",
            "مواضيع ذات صلة",
            "ذات صلة",
            "اقرأ أيضا",
            "اقرأ أيضاً",
            "اقرأ ايضا",
            "قد يعجبك أيضا",
            "قد يعجبك أيضاً",
            "قد يهمك أيضا",
            "قد يهمك أيضاً",
            "المزيد من الأخبار",
            "أخبار أخرى",
            "مقالات مقترحة",
        ),
        read_also=("اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "اقرأ المزيد", "طالع أيضا", "طالع أيضاً"),
        popular=(
            "الأكثر مشاهدة",
            "الأكثر قراءة",
            "الأكثر مشاهدة",
            "الأكثر تداولا",
            "الأكثر تداولاً",
            "آخر الأخبار",
            "أحدث الأخبار",
            "أخبار عاجلة",
            "الأحدث",
            "الأكثر شعبية",
        ),
        share=("شارك هذا المقال", "شارك", "مشاركة", "شارك المقال", "شارك الخبر", "شارك على"),
        share_items=("حفظ", "البريد الإلكتروني", "طباعة", "نسخ الرابط"),
        tags=("الوسوم", "وسوم", "الكلمات المفتاحية", "كلمات مفتاحية", "مواضيع", "الموضوعات"),
        newsletter=("النشرة البريدية", "النشرة الإخبارية"),
        comments=("تعليقات", "تعليق", "ردود"),
        no_comments=("لا توجد تعليقات", "لا تعليقات", "كن أول من يعلق"),
        reply=(
            "اترك تعليقاً",
            "إلغاء الرد",
            "اترك تعليقا",
            "اترك رداً",
            "اترك ردا",
            "أضف تعليقاً",
            "أضف تعليقا",
            "أضف تعليقك",
            "اكتب تعليقك",
            "علّق",
            "رد",
        ),
        closed=(
            "التعليقات مغلقة.",
            "التعليقات مغلقة",
            "تم إغلاق التعليقات",
            "التعليقات مغلقة حالياً",
        ),
        back_to_top=(
            "العودة إلى الأعلى",
            "العودة للأعلى",
            "زر الذهاب إلى الأعلى",
            "الذهاب إلى الأعلى",
            "إلى الأعلى",
            "للأعلى",
        ),
        previous=("المقال السابق", "الخبر السابق", "السابق"),
        next=("المقال التالي", "الخبر التالي", "التالي"),
        advertisement=("إعلان", "محتوى مدعوم"),
        reading_time=("دقائق قراءة", "دقيقة قراءة", "دقائق للقراءة", "دقيقة للقراءة"),
        listen=("استمع إلى المقال", "استمع للمقال", "استمع"),
        photo=("صورة", "الصورة", "تصوير", "المصدر"),
        categories=("التصنيفات", "التصنيف", "القسم"),
        menu=(
            "انتقل إلى المحتوى",
            "تخطى إلى المحتوى",
            "الرئيسية",
            "من نحن",
            "اتصل بنا",
            "بحث",
            "القائمة",
            "اشترك",
        ),
        rights=("جميع الحقوق محفوظة",),
    ),
}

# Networks a share row names, each one word on its own line; language-neutral.
NETWORKS = (
    "Facebook",
    "Twitter",
    "X",
    "WhatsApp",
    "Telegram",
    "LinkedIn",
    "Pinterest",
    "Reddit",
    "Messenger",
    "Threads",
    "Bluesky",
    "Mastodon",
    "Flipboard",
    "Xing",
    "VK",
    "Tumblr",
    "Pocket",
    "Viber",
    "Line",
    "Instagram",
    "YouTube",
    "TikTok",
    "فيسبوك",
    "تويتر",
    "إكس",
    "واتساب",
    "تيليجرام",
    "تلغرام",
    "لينكدإن",
    "يوتيوب",
    "إنستغرام",
)

# Words of a byline that name a job, not a person: "By Jane Roe, Staff Writer".
ROLE_WORDS = (
    "staff",
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "contributor",
    "columnist",
    "rédaction",
    "rédacteur",
    "rédactrice",
    "correspondant",
    "correspondante",
    "envoyé spécial",
    "envoyée spéciale",
    "redacción",
    "redactor",
    "redactora",
    "corresponsal",
    "enviado especial",
    "enviada especial",
    "redaktion",
    "redakteur",
    "redakteurin",
    "korrespondent",
    "korrespondentin",
    "redação",
    "redator",
    "redatora",
    "repórter",
    "correspondente",
    "da redação",
    "agencias",
    "agences",
    "agencies",
    "agenturen",
    "agências",
    "المحرر",
    "وكالات",
    "مراسل",
    "مراسلة",
    "محرر",
    "محررة",
)

# Wire agencies credited in datelines and bylines: "PARIS, 4 sept (AFP) – ", "By Reuters".
AGENCIES = (
    "AFP",
    "AP",
    "Reuters",
    "dpa",
    "EFE",
    "Europa Press",
    "Lusa",
    "ANSA",
    "KNA",
    "epd",
    "APA",
    "Belga",
    "ATS",
    "Keystone-ATS",
    "Agência Brasil",
    "Agência Lusa",
    "Agencia EFE",
    "Associated Press",
    "Bloomberg",
    "MAP",
    "APS",
    "TAP",
    "QNA",
    "WAM",
    "SPA",
    "KUNA",
    "SANA",
    "MENA",
    "Petra",
    "رويترز",
    "أ ف ب",
    "فرانس برس",
    "وكالة الأنباء الفرنسية",
    "واس",
    "وام",
    "سانا",
    "قنا",
    "كونا",
    "بترا",
    "أ ش أ",
    "الأناضول",
)
