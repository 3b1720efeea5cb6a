/// Class, id, tag and ARIA role names that mark page chrome rather than the article: navigation,
/// comments, share bars, related-story lists, captions, advertisements, bylines and datelines.
enum BoilerplateNames {
    /// Whether an element with these lower-cased `class`/`id` names is chrome.
    static func isBoilerplate(classAndID names: String) -> Bool {
        let classAndID = withoutLayoutNames(names)
        guard !classAndID.isEmpty else { return false }
        if protectedNames.occurs(in: classAndID) { return false }
        if chromeNames.occurs(in: classAndID) { return true }
        var token = Substring()
        var start = classAndID.startIndex
        var index = start
        while true {
            let atEnd = index == classAndID.endIndex
            if atEnd || !(classAndID[index].isLetter || classAndID[index].isNumber) {
                token = classAndID[start..<index]
                if !token.isEmpty, isBoilerplateToken(token) { return true }
                if atEnd { return false }
                start = classAndID.index(after: index)
            }
            index = classAndID.index(after: index)
        }
    }

    /// The names without those that describe the page's layout rather than the element
    /// (`with-navigation`, `has-sidebar`, `no-sidebars`) and the genre `commentary` (an opinion
    /// piece, not readers' comments).
    static func withoutLayoutNames(_ names: String) -> String {
        guard layoutMarks.occurs(in: names) else { return names }
        return names.split(separator: " ").filter { name in
            name != "commentary" && !layoutPrefixes.contains { name.hasPrefix($0) }
        }.joined(separator: " ")
    }

    static let layoutPrefixes = ["with-", "has-", "no-", "without-"]
    static let layoutMarks = NameList(layoutPrefixes + ["commentary"])

    static func isBoilerplateToken(_ token: Substring) -> Bool {
        exactTokens.contains(String(token))
    }

    /// Whether a heading or paragraph with these names is chrome: only strict names and the
    /// whole tokens of dates, bylines and credits count (its other names describe its place).
    static func isTextChrome(classAndID: String) -> Bool {
        if strictNames.occurs(in: classAndID) { return true }
        return classAndID.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).contains { textTokens.contains(String($0)) }
    }

    static let textTokens: Set<String> = ["date", "datum", "time", "meta", "byline", "author", "autor", "credit", "credits",
                                         "caption", "copyright", "tags", "source", "quelle"]

    /// Elements whose name alone marks chrome.
    static let tags: Set<String> = ["nav", "aside", "footer", "figcaption", "menu", "address", "time"]

    /// Elements that are chrome inside a form: the names of its fields.
    static let formTags: Set<String> = ["label", "fieldset", "legend"]

    /// ARIA roles of chrome.
    static let roles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alert",
        "alertdialog", "toolbar", "tablist", "note",
    ]

    /// Names of article bodies; an element carrying one is never chrome.
    static let protectedSubstrings: [String] = [
        "articlebody", "article-body", "article_body", "entry-content", "post-content", "postcontent", "post-body",
        "postbody", "story-body", "storybody", "article-content", "articlecontent", "article__body", "article-text",
        "articletext", "entry-body", "blog-post", "main-content", "maincontent", "post-entry", "story-content",
        "article__content", "article__text", "post__content", "post__body", "entry__content", "story__body",
        "story__content", "article_content", "post_content", "entry_content",
    ]

    static let protectedNames = NameList(protectedSubstrings)
    /// The names that are chrome even when the other names were wrong about a page.
    static let strictNames = NameList(["comment", "related", "share", "social", "sidebar", "footer", "navigation",
                                       "navbar", "menu", "cookie", "consent", "newsletter", "breadcrumb", "byline",
                                       "caption", "credit", "copyright", "dateline", "author"])
    static let chromeNames = NameList(substrings)
    /// Names of lists of other pages and of readers' comments: they may hold whole articles.
    static let listingNames = NameList(["comment", "related", "recommend", "pagination", "paging", "teaser", "more"])

    /// Whole tokens of chrome (split at anything that is not a letter or digit).
    static let exactTokens: Set<String> = [
        "nav", "navi", "ad", "ads", "adv", "advert", "adverts", "adsense", "advertisement", "werbung", "anzeige",
        "tags", "tagcloud", "tagliste", "keywords", "meta", "date", "datum", "time", "dateline", "byline",
        "author", "autor", "authors", "caption", "credit", "credits", "toolbar", "tools", "rating", "vote",
        "votes", "skip", "masthead", "breadcrumbs", "crumbs", "sitemap", "copyright", "impressum", "imprint",
        "legal", "disclaimer", "more", "next", "prev", "previous", "pager", "pages",
        "topbar", "bottombar", "header", "dropdown", "overlay", "tooltip",
        "sr", "banner", "banners", "visuallyhidden", "widget", "widgets", "offscreen", "login", "signin", "register", "search", "searchform",
        "postmetadata", "postinfo", "entrymeta", "info", "sidebar", "sidenav", "subnav", "topnav", "rail",
        "categories", "links", "linklist", "follow", "reactions", "reaktionen",
        "kommentare", "comments", "commentlist", "discussion", "respond", "reply", "trackback", "pingback",
        "legend",
    ]

    /// Parts of names that mark chrome, compound ones included (`sharebar`, `related-posts`).
    static let substrings: [String] = [
        "comment", "share", "sharing", "social", "related", "sidebar", "footer", "breadcrumb", "cookie",
        "consent", "newsletter", "subscri", "abonn", "advert", "sponsor", "promo", "popup", "modal",
        "navbar", "navigation", "menu", "pagination", "paging", "disqus", "outbrain",
        "taboola", "recommend", "empfehl", "signup", "addthis", "shariff", "socialbar", "slideshow", "diaporama", "carousel", "byline",
        "authorbox", "author-bio", "bio-box", "postmeta", "entry-meta", "post-meta", "article-meta", "metadata",
        "dateline", "timestamp", "tagline", "taglist", "tag-list", "post-tags", "entry-tags",
        "entry-utility", "entry-footer", "post-footer", "article-footer", "mostread", "most-read", "popular",
        "trending", "readmore", "read-more", "weiterlesen", "gdpr", "masthead", "skiplink", "skip-link",
        "jump", "login", "logout", "rss", "feedback", "caption", "credit", "copyright", "legende",
        "bildunterschrift", "infobox", "meldung", "adslot", "ad-slot", "adcontainer", "ad-container", "adbox",
        "ad-box", "dfp", "googlead", "commercial", "partner", "affiliate", "nocontent", "noindex",
        "disclosure", "donat", "notice",
    ]
}
