"""The words the page templates put around a story, in each language the strategies write.

A German page says "Neueste Beiträge", not "Recent Posts": every visible label of a
template (cookie and newsletter boxes, share bars, comment forms, footers, menus, pagers,
feed titles, days written out) comes from here, in the article's language, English for a
language without a table. The wordings are those portals in the language use (WordPress's
own translations where the template is WordPress's). The words a reader also needs (the
byline's "By", "Related articles", "Comments are closed.") are the writers'
(:func:`newsmodel.writers._locale.furniture`), shared with the HTML writer.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

__all__ = ["Chrome", "chrome", "shown_day"]


class Chrome(NamedTuple):
    """One language's words; those with ``{}`` or named fields are templates."""

    cookie_notice: str
    cookie_ok: str
    consent: str
    consent_label: str
    accept_all: str
    manage_options: str
    share_this: str
    email: str
    share_on: str
    copy_link: str
    newsletter: str
    newsletter_pitch: str
    your_email: str
    subscribe: str
    briefing: str
    briefing_pitch: str
    email_address: str
    sign_up: str
    sign_in: str
    posted_on: str
    posted_in: str
    recent_posts: str
    popular: str
    thoughts_on: str
    comment: str
    says: str
    reply: str
    report: str
    powered_by_wordpress: str
    all_rights_reserved: str
    the_publisher: str
    read_more: str
    most_read: str
    about_us: str
    privacy_policy: str
    terms: str
    contact: str
    advertise: str
    email_story: str
    printer_friendly: str
    send: str
    headlines_by_email: str
    full_site: str
    enable_javascript: str
    skip_to_content: str
    menu: str
    category: str
    older_posts: str
    newer_posts: str
    posts_navigation: str
    top_stories: str
    feed: str
    comments_feed: str
    category_feed: str
    back_to_top: str
    share: str
    related_headings: tuple[str, ...]
    reply_forms: tuple[str, ...]
    more_from: tuple[str, ...]
    taglines: tuple[str, ...]
    months: tuple[str, ...]
    day: str
    comma: str
    and_: str


_ENGLISH = Chrome(
    cookie_notice="We use cookies to give you the best experience on our website. If you "
    "continue to use this site we will assume that you are happy with it.",
    cookie_ok="Ok",
    consent="We and our partners use cookies to personalise content and ads and to analyse "
    "our traffic.",
    consent_label="Cookie consent",
    accept_all="Accept all",
    manage_options="Manage options",
    share_this="Share this:",
    email="Email",
    share_on="Share on {}",
    copy_link="Copy link",
    newsletter="Newsletter",
    newsletter_pitch="Get the day's news in your inbox every morning.",
    your_email="Your email",
    subscribe="Subscribe",
    briefing="Sign up to our morning briefing",
    briefing_pitch="The stories you need to know, every weekday at 7am.",
    email_address="Email address",
    sign_up="Sign up",
    sign_in="Sign in",
    posted_on="Posted on",
    posted_in="Posted in",
    recent_posts="Recent Posts",
    popular="Popular",
    thoughts_on="{count} thoughts on “{title}”",
    comment="Comment",
    says="says:",
    reply="Reply",
    report="Report",
    powered_by_wordpress="Proudly powered by {}",
    all_rights_reserved="All rights reserved.",
    the_publisher="The publisher",
    read_more="Read more",
    most_read="Most read",
    about_us="About us",
    privacy_policy="Privacy policy",
    terms="Terms",
    contact="Contact",
    advertise="Advertise",
    email_story="E-mail this story",
    printer_friendly="Printer-friendly version",
    send="Send",
    headlines_by_email="Get our daily headlines by e-mail:",
    full_site="View the full site",
    enable_javascript="You need to enable JavaScript to run this app.",
    skip_to_content="Skip to content",
    menu="Menu",
    category="Category: {}",
    older_posts="Older posts",
    newer_posts="Newer posts",
    posts_navigation="Posts navigation",
    top_stories="Top stories",
    feed="{portal} » Feed",
    comments_feed="{portal} » Comments Feed",
    category_feed="{portal} » {section} Category Feed",
    back_to_top="Back to top button",
    share="Share",
    related_headings=("Related Articles", "Related Posts", "You May Also Like", "Read Also"),
    reply_forms=("Leave a Reply", "Leave a Comment", "Post a Comment"),
    more_from=("More {section} articles on {portal}", "More {section} news from {portal}"),
    taglines=("Your News Portal", "News that matters", "Independent since 1998"),
    months=(
        *("January", "February", "March", "April", "May", "June", "July", "August"),
        *("September", "October", "November", "December"),
    ),
    day="{day} {month} {year}",
    comma=", ",
    and_=" and ",
)

_CHROME: dict[str, Chrome] = {
    "en": _ENGLISH,
    "de": Chrome(
        cookie_notice="Wir verwenden Cookies, um sicherzustellen, dass wir Ihnen die beste "
        "Erfahrung auf unserer Website bieten. Wenn Sie diese Seite weiterhin nutzen, nehmen "
        "wir an, dass Sie damit zufrieden sind.",
        cookie_ok="Ok",
        consent="Wir und unsere Partner verwenden Cookies, um Inhalte und Anzeigen zu "
        "personalisieren und die Zugriffe auf unsere Website zu analysieren.",
        consent_label="Cookie-Einwilligung",
        accept_all="Alle akzeptieren",
        manage_options="Einstellungen verwalten",
        share_this="Teilen mit:",
        email="E-Mail",
        share_on="Auf {} teilen",
        copy_link="Link kopieren",
        newsletter="Newsletter",
        newsletter_pitch="Die Nachrichten des Tages jeden Morgen in Ihrem Postfach.",
        your_email="Ihre E-Mail-Adresse",
        subscribe="Abonnieren",
        briefing="Bestellen Sie unser Morgen-Briefing",
        briefing_pitch="Was Sie heute wissen müssen, werktags um 7 Uhr.",
        email_address="E-Mail-Adresse",
        sign_up="Anmelden",
        sign_in="Einloggen",
        posted_on="Veröffentlicht am",
        posted_in="Veröffentlicht in",
        recent_posts="Neueste Beiträge",
        popular="Beliebt",
        thoughts_on="{count} Gedanken zu „{title}“",
        comment="Kommentar",
        says="sagt:",
        reply="Antworten",
        report="Melden",
        powered_by_wordpress="Stolz präsentiert von {}",
        all_rights_reserved="Alle Rechte vorbehalten.",
        the_publisher="Der Verlag",
        read_more="Mehr zum Thema",
        most_read="Meistgelesen",
        about_us="Über uns",
        privacy_policy="Datenschutz",
        terms="Nutzungsbedingungen",
        contact="Kontakt",
        advertise="Werbung",
        email_story="Artikel per E-Mail versenden",
        printer_friendly="Druckversion",
        send="Senden",
        headlines_by_email="Unsere Schlagzeilen täglich per E-Mail:",
        full_site="Zur vollständigen Website",
        enable_javascript="Bitte aktivieren Sie JavaScript, um diese Seite zu nutzen.",
        skip_to_content="Zum Inhalt springen",
        menu="Menü",
        category="Kategorie: {}",
        older_posts="Ältere Beiträge",
        newer_posts="Neuere Beiträge",
        posts_navigation="Beitragsnavigation",
        top_stories="Top-Nachrichten",
        feed="{portal} » Feed",
        comments_feed="{portal} » Kommentar-Feed",
        category_feed="{portal} » {section} Kategorie-Feed",
        back_to_top="Nach oben",
        share="Teilen",
        related_headings=(
            *("Ähnliche Beiträge", "Verwandte Artikel", "Das könnte Sie auch interessieren"),
            "Auch interessant",
        ),
        reply_forms=("Schreibe einen Kommentar", "Kommentar verfassen", "Kommentar schreiben"),
        more_from=("Mehr aus {section} bei {portal}", "Weitere {section}-Artikel von {portal}"),
        taglines=("Ihr Nachrichtenportal", "Nachrichten, die zählen", "Unabhängig seit 1998"),
        months=(
            *("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August"),
            *("September", "Oktober", "November", "Dezember"),
        ),
        day="{day}. {month} {year}",
        comma=", ",
        and_=" und ",
    ),
    "fr": Chrome(
        cookie_notice="Nous utilisons des cookies pour vous garantir la meilleure expérience "
        "sur notre site web. Si vous continuez à utiliser ce site, nous supposerons que vous "
        "en êtes satisfait.",
        cookie_ok="D’accord",
        consent="Nos partenaires et nous utilisons des cookies pour personnaliser les contenus "
        "et les publicités et pour analyser notre trafic.",
        consent_label="Consentement aux cookies",
        accept_all="Tout accepter",
        manage_options="Paramétrer",
        share_this="Partager\u00a0:",
        email="E-mail",
        share_on="Partager sur {}",
        copy_link="Copier le lien",
        newsletter="Newsletter",
        newsletter_pitch="L’actualité du jour chaque matin dans votre boîte mail.",
        your_email="Votre adresse e-mail",
        subscribe="S’abonner",
        briefing="Inscrivez-vous à notre lettre du matin",
        briefing_pitch="L’essentiel de l’actualité, du lundi au vendredi à 7 heures.",
        email_address="Adresse e-mail",
        sign_up="S’inscrire",
        sign_in="Se connecter",
        posted_on="Publié le",
        posted_in="Publié dans",
        recent_posts="Articles récents",
        popular="Populaires",
        thoughts_on="{count} réflexions sur «\u00a0{title}\u00a0»",
        comment="Commentaire",
        says="dit\u00a0:",
        reply="Répondre",
        report="Signaler",
        powered_by_wordpress="Fièrement propulsé par {}",
        all_rights_reserved="Tous droits réservés.",
        the_publisher="L’éditeur",
        read_more="Lire aussi",
        most_read="Les plus lus",
        about_us="Qui sommes-nous",
        privacy_policy="Politique de confidentialité",
        terms="Conditions d’utilisation",
        contact="Contact",
        advertise="Publicité",
        email_story="Envoyer cet article par e-mail",
        printer_friendly="Version imprimable",
        send="Envoyer",
        headlines_by_email="Recevez nos titres du jour par e-mail\u00a0:",
        full_site="Voir la version complète",
        enable_javascript="Vous devez activer JavaScript pour utiliser cette application.",
        skip_to_content="Aller au contenu",
        menu="Menu",
        category="Catégorie\u00a0: {}",
        older_posts="Articles plus anciens",
        newer_posts="Articles plus récents",
        posts_navigation="Navigation des articles",
        top_stories="À la une",
        feed="{portal} » Flux",
        comments_feed="{portal} » Flux des commentaires",
        category_feed="{portal} » Flux de la catégorie {section}",
        back_to_top="Retour en haut",
        share="Partager",
        related_headings=(
            "Articles similaires",
            "Articles liés",
            "Vous aimerez aussi",
            "À lire aussi",
        ),
        reply_forms=("Laisser un commentaire", "Laisser une réponse", "Ajouter un commentaire"),
        more_from=(
            "Plus d’articles {section} sur {portal}",
            "Toute l’actualité {section} de {portal}",
        ),
        taglines=("Votre portail d’information", "L’info qui compte", "Indépendant depuis 1998"),
        months=(
            *("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"),
            *("septembre", "octobre", "novembre", "décembre"),
        ),
        day="{day} {month} {year}",
        comma=", ",
        and_=" et ",
    ),
    "es": Chrome(
        cookie_notice="Utilizamos cookies para asegurar que damos la mejor experiencia al "
        "usuario en nuestro sitio web. Si continúa utilizando este sitio asumiremos que está "
        "de acuerdo.",
        cookie_ok="Aceptar",
        consent="Nosotros y nuestros socios utilizamos cookies para personalizar el contenido "
        "y los anuncios y para analizar nuestro tráfico.",
        consent_label="Consentimiento de cookies",
        accept_all="Aceptar todo",
        manage_options="Configurar",
        share_this="Comparte esto:",
        email="Correo electrónico",
        share_on="Compartir en {}",
        copy_link="Copiar enlace",
        newsletter="Boletín",
        newsletter_pitch="Las noticias del día, cada mañana en tu correo.",
        your_email="Tu correo electrónico",
        subscribe="Suscribirse",
        briefing="Suscríbete a nuestro boletín de la mañana",
        briefing_pitch="Lo que necesitas saber, de lunes a viernes a las 7.",
        email_address="Correo electrónico",
        sign_up="Suscribirme",
        sign_in="Iniciar sesión",
        posted_on="Publicado el",
        posted_in="Publicado en",
        recent_posts="Entradas recientes",
        popular="Lo más visto",
        thoughts_on="{count} comentarios en «{title}»",
        comment="Comentario",
        says="dice:",
        reply="Responder",
        report="Denunciar",
        powered_by_wordpress="Funciona gracias a {}",
        all_rights_reserved="Todos los derechos reservados.",
        the_publisher="El editor",
        read_more="Lee también",
        most_read="Lo más leído",
        about_us="Quiénes somos",
        privacy_policy="Política de privacidad",
        terms="Aviso legal",
        contact="Contacto",
        advertise="Publicidad",
        email_story="Enviar esta noticia por correo",
        printer_friendly="Versión para imprimir",
        send="Enviar",
        headlines_by_email="Reciba nuestros titulares por correo:",
        full_site="Ver la versión completa",
        enable_javascript="Necesitas activar JavaScript para usar esta aplicación.",
        skip_to_content="Saltar al contenido",
        menu="Menú",
        category="Categoría: {}",
        older_posts="Entradas anteriores",
        newer_posts="Entradas siguientes",
        posts_navigation="Navegación de entradas",
        top_stories="Portada",
        feed="{portal} » Feed",
        comments_feed="{portal} » Feed de los comentarios",
        category_feed="{portal} » {section} Feed de la categoría",
        back_to_top="Volver arriba",
        share="Compartir",
        related_headings=(
            *("Artículos relacionados", "Entradas relacionadas", "También te puede interesar"),
            "Te puede interesar",
        ),
        reply_forms=("Deja una respuesta", "Deja un comentario", "Publicar un comentario"),
        more_from=("Más noticias de {section} en {portal}", "Más {section} en {portal}"),
        taglines=("Tu portal de noticias", "Noticias que importan", "Independiente desde 1998"),
        months=(
            *("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto"),
            *("septiembre", "octubre", "noviembre", "diciembre"),
        ),
        day="{day} de {month} de {year}",
        comma=", ",
        and_=" y ",
    ),
    "ru": Chrome(
        cookie_notice="Мы используем файлы cookie, чтобы сайт работал удобнее для вас. "
        "Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
        cookie_ok="Понятно",
        consent="Мы и наши партнёры используем файлы cookie для персонализации материалов и "
        "рекламы и для анализа посещаемости.",
        consent_label="Согласие на использование cookie",
        accept_all="Принять все",
        manage_options="Настроить",
        share_this="Поделиться:",
        email="Эл. почта",
        share_on="Поделиться в {}",
        copy_link="Скопировать ссылку",
        newsletter="Рассылка",
        newsletter_pitch="Главные новости дня каждое утро на вашу почту.",
        your_email="Ваш e-mail",
        subscribe="Подписаться",
        briefing="Подпишитесь на утреннюю рассылку",
        briefing_pitch="Главное за день — по будням в 7 утра.",
        email_address="Адрес электронной почты",
        sign_up="Подписаться",
        sign_in="Войти",
        posted_on="Опубликовано",
        posted_in="Рубрика:",
        recent_posts="Свежие записи",
        popular="Популярное",
        thoughts_on="Комментарии к записи «{title}»: {count}",
        comment="Комментарий",
        says="говорит:",
        reply="Ответить",
        report="Пожаловаться",
        powered_by_wordpress="Сайт работает на {}",
        all_rights_reserved="Все права защищены.",
        the_publisher="Издатель",
        read_more="Читайте также",
        most_read="Самое читаемое",
        about_us="О нас",
        privacy_policy="Политика конфиденциальности",
        terms="Пользовательское соглашение",
        contact="Контакты",
        advertise="Реклама",
        email_story="Отправить по почте",
        printer_friendly="Версия для печати",
        send="Отправить",
        headlines_by_email="Главные новости дня по почте:",
        full_site="Полная версия сайта",
        enable_javascript="Для работы приложения включите JavaScript.",
        skip_to_content="Перейти к содержимому",
        menu="Меню",
        category="Рубрика: {}",
        older_posts="Предыдущие записи",
        newer_posts="Следующие записи",
        posts_navigation="Навигация по записям",
        top_stories="Главные новости",
        feed="{portal} » Лента",
        comments_feed="{portal} » Лента комментариев",
        category_feed="{portal} » Лента рубрики {section}",
        back_to_top="Наверх",
        share="Поделиться",
        related_headings=(
            "Похожие статьи",
            "Похожие записи",
            "Вам может понравиться",
            "Читайте также",
        ),
        reply_forms=("Добавить комментарий", "Оставьте комментарий", "Написать комментарий"),
        more_from=("Другие материалы рубрики {section} на {portal}", "Ещё {section} на {portal}"),
        taglines=(
            "Ваш новостной портал",
            "Новости, которые важны",
            "Независимое издание с 1998 года",
        ),
        # the genitive, as a day is written: "4 сентября 2025"
        months=(
            *("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа"),
            *("сентября", "октября", "ноября", "декабря"),
        ),
        day="{day} {month} {year}",
        comma=", ",
        and_=" и ",
    ),
    "zh": Chrome(
        cookie_notice="我们使用Cookie来确保您在我们的网站上获得最佳体验。继续使用本网站即表示您同意。",
        cookie_ok="好的",
        consent="我们和我们的合作伙伴使用Cookie来个性化内容和广告，并分析网站流量。",
        consent_label="Cookie同意",
        accept_all="全部接受",
        manage_options="管理设置",
        share_this="分享到：",
        email="电子邮件",
        share_on="分享到{}",
        copy_link="复制链接",
        newsletter="邮件订阅",
        newsletter_pitch="每天早上把当天的新闻送到您的邮箱。",
        your_email="您的电子邮箱",
        subscribe="订阅",
        briefing="订阅我们的早间简报",
        briefing_pitch="每个工作日早上7点，为您送上必读新闻。",
        email_address="电子邮箱地址",
        sign_up="订阅",
        sign_in="登录",
        posted_on="发布于",
        posted_in="分类：",
        recent_posts="近期文章",
        popular="热门",
        thoughts_on="《{title}》有{count}条评论",
        comment="评论",
        says="说道：",
        reply="回复",
        report="举报",
        powered_by_wordpress="自豪地采用{}",
        all_rights_reserved="版权所有。",
        the_publisher="本站",
        read_more="延伸阅读",
        most_read="热门文章",
        about_us="关于我们",
        privacy_policy="隐私政策",
        terms="使用条款",
        contact="联系我们",
        advertise="广告服务",
        email_story="用电子邮件发送本文",
        printer_friendly="打印本页",
        send="发送",
        headlines_by_email="每日要闻邮件订阅：",
        full_site="访问完整版网站",
        enable_javascript="您需要启用JavaScript才能运行此应用。",
        skip_to_content="跳至内容",
        menu="菜单",
        category="分类：{}",
        older_posts="较早文章",
        newer_posts="较新文章",
        posts_navigation="文章导航",
        top_stories="要闻",
        feed="{portal} » Feed",
        comments_feed="{portal} » 评论Feed",
        category_feed="{portal} » {section}分类Feed",
        back_to_top="返回顶部",
        share="分享",
        related_headings=("相关文章", "相关阅读", "猜你喜欢", "延伸阅读"),
        reply_forms=("发表回复", "发表评论", "留下评论"),
        more_from=("{portal}更多{section}文章", "更多{section}新闻 - {portal}"),
        taglines=("您的新闻门户", "有分量的新闻", "创刊于1998年"),
        months=tuple(f"{month}月" for month in range(1, 13)),
        day="{year}年{month}{day}日",
        comma="、",
        and_="、",  # a byline lists every name with the enumeration comma
    ),
    # Arabic portals write Gregorian months by these names in Egypt and the Gulf; the
    # Levant and Iraq name them كانون الثاني... (not drawn here).
    "ar": Chrome(
        cookie_notice="نستخدم ملفات تعريف الارتباط لنضمن لك أفضل تجربة على موقعنا. إذا "
        "واصلت استخدام هذا الموقع فسنفترض أنك موافق على ذلك.",
        cookie_ok="موافق",
        consent="نستخدم نحن وشركاؤنا ملفات تعريف الارتباط لتخصيص المحتوى والإعلانات وتحليل "
        "حركة الزيارات.",
        consent_label="الموافقة على ملفات تعريف الارتباط",
        accept_all="قبول الكل",
        manage_options="إدارة الخيارات",
        share_this="شارك هذا:",
        email="البريد الإلكتروني",
        share_on="شارك على {}",
        copy_link="نسخ الرابط",
        newsletter="النشرة البريدية",
        newsletter_pitch="أخبار اليوم في بريدك الإلكتروني كل صباح.",
        your_email="بريدك الإلكتروني",
        subscribe="اشترك",
        briefing="اشترك في نشرتنا الصباحية",
        briefing_pitch="أهم ما تحتاج إلى معرفته، كل يوم عمل في السابعة صباحاً.",
        email_address="عنوان البريد الإلكتروني",
        sign_up="اشترك الآن",
        sign_in="تسجيل الدخول",
        posted_on="نشر في",
        posted_in="التصنيف:",
        recent_posts="أحدث المقالات",
        popular="الأكثر شعبية",
        thoughts_on="التعليقات على “{title}”: {count}",
        comment="التعليق",
        says="قال:",
        reply="رد",
        report="إبلاغ",
        powered_by_wordpress="مدعوم بواسطة {}",
        all_rights_reserved="جميع الحقوق محفوظة.",
        the_publisher="الناشر",
        read_more="اقرأ أيضاً",
        most_read="الأكثر قراءة",
        about_us="من نحن",
        privacy_policy="سياسة الخصوصية",
        terms="شروط الاستخدام",
        contact="اتصل بنا",
        advertise="أعلن معنا",
        email_story="أرسل هذا الخبر بالبريد",
        printer_friendly="نسخة للطباعة",
        send="إرسال",
        headlines_by_email="احصل على عناويننا اليومية بالبريد:",
        full_site="عرض الموقع الكامل",
        enable_javascript="يجب تفعيل جافاسكربت لتشغيل هذا التطبيق.",
        skip_to_content="انتقل إلى المحتوى",
        menu="القائمة",
        category="التصنيف: {}",
        older_posts="مقالات أقدم",
        newer_posts="مقالات أحدث",
        posts_navigation="تصفح المقالات",
        top_stories="أهم الأخبار",
        feed="{portal} « الخلاصة",
        comments_feed="{portal} « خلاصة التعليقات",
        category_feed="{portal} « خلاصة التصنيف {section}",
        back_to_top="العودة إلى الأعلى",
        share="شارك",
        related_headings=("مقالات ذات صلة", "أخبار ذات صلة", "قد يعجبك أيضاً", "اقرأ أيضاً"),
        reply_forms=("اترك تعليقاً", "أضف تعليقاً", "اترك رداً"),
        more_from=("المزيد من أخبار {section} على {portal}", "المزيد من {section} في {portal}"),
        taglines=("بوابتك الإخبارية", "أخبار تهمّك", "مستقلة منذ 1998"),
        months=(
            *("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس"),
            *("سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"),
        ),
        day="{day} {month} {year}",
        comma="، ",
        and_=" و",
    ),
}


def chrome(language: str | None) -> Chrome:
    """The words of pages in ``language`` (a BCP 47 tag); English where it has none."""
    return _CHROME.get((language or "").lower().replace("_", "-").split("-")[0], _ENGLISH)


def shown_day(value: dt.date, language: str | None = None) -> str:
    """A day as pages in ``language`` write it: ``4 September 2025``, ``4. September
    2025``, ``2025年9月4日``."""
    words = chrome(language)
    return words.day.format(day=value.day, month=words.months[value.month - 1], year=value.year)
