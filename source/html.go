package source

import (
	"bytes"
	"io"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/net/html"
)

// skipTags are elements whose text is never article text.
var skipTags = map[string]bool{
	"script": true, "style": true, "nav": true, "footer": true, "aside": true,
	"form": true, "noscript": true, "template": true, "svg": true, "math": true,
	"iframe": true, "object": true, "button": true, "select": true,
	"textarea": true, "title": true, "dialog": true, "head": true,
}

// blockTags end with a newline in the view, so blocks stay apart.
var blockTags = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "body": true,
	"br": true, "caption": true, "dd": true, "details": true, "div": true, "dl": true,
	"dt": true, "fieldset": true, "figcaption": true, "figure": true, "footer": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"header": true, "hr": true, "html": true, "li": true, "main": true, "nav": true,
	"ol": true, "p": true, "pre": true, "section": true, "summary": true, "table": true,
	"tbody": true, "td": true, "tfoot": true, "th": true, "thead": true, "tr": true, "ul": true,
}

// An open element figcheck tracks while tokenizing (only the ones that
// decide what text is kept).
type openElem struct {
	name string
	skip bool // its text is blanked
}

// A text token and where it stands.
type segment struct {
	start, end int
	article    int // index of the outermost enclosing <article>, -1 if none
	main       bool
	skip       bool
}

var ldDate = regexp.MustCompile(`"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})`)

// htmlView returns the view of an HTML page (text is valid UTF-8) and the
// publication date found in its meta data.
func htmlView(text []byte) ([]byte, string) {
	p, _ := PlanHTML(bytes.NewReader(text))
	return p.View(text, 0), p.Date
}

// An HTMLPlan is what the view of an HTML page needs to know of the whole
// page: where its block-level tags end (a newline in the view) and which
// of its text is the article's (the largest <article>, else <main>, else
// all text outside skipped elements). With it, the page can be viewed
// piece by piece (View, Cut), each piece read again from the file.
type HTMLPlan struct {
	breaks []int    // the last byte of each block-level tag, in order
	kept   [][2]int // the text segments of the article, in order
	// Date is the publication date of the page's meta data, if any.
	Date string
}

// PlanHTML reads a page (valid UTF-8, as the view of New sees it) to its
// end and returns its plan; the error is the reader's.
func PlanHTML(r io.Reader) (*HTMLPlan, error) {
	plan := &HTMLPlan{}
	var (
		stack    []openElem
		segs     []segment
		articles []int // non-space text bytes per <article>
		article  = -1
		skipN    int // open elements with skip set
		mainN    int
		date     string
		ldNext   bool
	)
	open := map[string]int{} // open elements by name: a pop scans only for an open one
	pop := func(name string) {
		if open[name] == 0 {
			return
		}
		for i := len(stack) - 1; i >= 0; i-- {
			if stack[i].name != name {
				continue
			}
			for _, e := range stack[i:] {
				open[e.name]--
				if e.skip {
					skipN--
				}
				switch e.name {
				case "main":
					mainN--
				case "article":
					if !hasOpen(stack[:i], "article") {
						article = -1
					}
				}
			}
			stack = stack[:i]
			return
		}
	}
	z := html.NewTokenizer(r)
	pos := 0
	hasMain := false
	for {
		tt := z.Next()
		raw := z.Raw()
		start, end := pos, pos+len(raw)
		pos = end
		if tt == html.ErrorToken {
			break
		}
		switch tt {
		case html.TextToken:
			s := segment{start: start, end: end, article: article, main: mainN > 0, skip: skipN > 0}
			if !s.skip {
				// Skipped text is never kept: only the rest is planned.
				segs = append(segs, s)
				text := nonSpace(raw)
				if article >= 0 {
					articles[article] += text
				}
				hasMain = hasMain || s.main && text > 0
			}
			if ldNext && date == "" {
				if m := ldDate.FindSubmatch(raw); m != nil {
					date = string(m[1])
				}
			}
			ldNext = false
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, hasAttr := z.TagName()
			tag := string(name)
			if blockTags[tag] && end > start {
				plan.breaks = append(plan.breaks, end-1)
			}
			if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
				var attrs map[string]string
				if hasAttr && (tag == "meta" || tag == "time" || tag == "script") {
					attrs = map[string]string{}
					for {
						k, v, more := z.TagAttr()
						attrs[string(k)] = string(v)
						if !more {
							break
						}
					}
				}
				if date == "" {
					date = metaDate(tag, attrs)
				}
				ldNext = tag == "script" && strings.EqualFold(attrs["type"], "application/ld+json")
			}
			if tt != html.StartTagToken {
				if tt == html.EndTagToken {
					pop(tag)
				}
				break
			}
			e := openElem{name: tag, skip: skipTags[tag]}
			if tag == "header" {
				// The header of the article itself (its headline, its
				// standfirst) is article text; a page's header is not.
				e.skip = article < 0 && mainN == 0
			}
			if tag == "body" {
				pop("head") // a body start closes the head, said or not
			}
			if !e.skip && tag != "article" && tag != "main" && tag != "header" {
				break // not tracked
			}
			if e.skip {
				skipN++
			}
			if tag == "main" {
				mainN++
			}
			if tag == "article" && article < 0 {
				articles = append(articles, 0)
				article = len(articles) - 1
			}
			stack = append(stack, e)
			open[tag]++
		}
	}
	// Choose the container: the <article> with most text, else <main>,
	// else everything outside the skipped elements.
	best, bestN := -1, 0
	for i, n := range articles {
		if n > bestN {
			best, bestN = i, n
		}
	}
	for _, s := range segs {
		keep := true
		switch {
		case best >= 0:
			keep = s.article == best
		case hasMain:
			keep = s.main
		}
		if keep {
			plan.kept = append(plan.kept, [2]int{s.start, s.end})
		}
	}
	plan.Date = date
	if err := z.Err(); err != io.EOF {
		return plan, err
	}
	return plan, nil
}

// View returns the view of page[base:base+len(b)], given as b: its markup
// blanked, its article text decoded. b must not end inside a segment of
// article text (see Cut).
func (p *HTMLPlan) View(b []byte, base int) []byte {
	out := blank(b)
	end := base + len(b)
	for i := sort.SearchInts(p.breaks, base); i < len(p.breaks) && p.breaks[i] < end; i++ {
		out[p.breaks[i]-base] = '\n'
	}
	for i := sort.Search(len(p.kept), func(i int) bool { return p.kept[i][1] > base }); i < len(p.kept) && p.kept[i][0] < end; i++ {
		s, e := max(p.kept[i][0], base)-base, min(p.kept[i][1], end)-base
		decodeEntities(out[s:e], b[s:e])
	}
	return out
}

// Cut returns the greatest offset at most end that is not inside a segment
// of article text: a piece of the page may end there.
func (p *HTMLPlan) Cut(end int) int {
	i := sort.Search(len(p.kept), func(i int) bool { return p.kept[i][1] > end })
	if i < len(p.kept) && p.kept[i][0] < end {
		return p.kept[i][0]
	}
	return end
}

func hasOpen(stack []openElem, name string) bool {
	for _, e := range stack {
		if e.name == name {
			return true
		}
	}
	return false
}

func nonSpace(b []byte) int {
	n := 0
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			n++
		}
	}
	return n
}

// metaDate returns the publication date a <meta> or <time> tag states, if
// any.
func metaDate(tag string, attrs map[string]string) string {
	switch tag {
	case "meta":
		key := strings.ToLower(attrs["property"] + attrs["name"] + attrs["itemprop"])
		switch key {
		case "article:published_time", "datepublished", "date", "pubdate", "publishdate",
			"dc.date", "dc.date.issued", "dcterms.created", "og:published_time", "sailthru.date":
			return isoDate(attrs["content"])
		}
	case "time":
		if _, ok := attrs["pubdate"]; ok || strings.EqualFold(attrs["itemprop"], "datePublished") {
			return isoDate(attrs["datetime"])
		}
	}
	return ""
}

var isoDateRE = regexp.MustCompile(`^\s*(\d{4}-\d{2}-\d{2})`)

func isoDate(s string) string {
	if m := isoDateRE.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	return ""
}

// decodeEntities copies src (text of a document) into dst (same length)
// with each character reference decoded in place and padded with spaces to
// the reference's length. A reference that is unknown, or that would
// decode to more bytes than it is written with, stays as written.
func decodeEntities(dst, src []byte) {
	copy(dst, src)
	for i := 0; i < len(src); i++ {
		if src[i] != '&' {
			continue
		}
		j := entityEnd(src, i)
		if j <= i+1 {
			continue
		}
		ref := string(src[i:j])
		dec := html.UnescapeString(ref)
		if dec == ref || len(dec) > len(ref) {
			continue
		}
		k := i + copy(dst[i:j], dec)
		for ; k < j; k++ {
			dst[k] = ' '
		}
		i = j - 1
	}
}

// entityEnd returns the end of the character reference that may start at
// b[i] == '&': "&#123;", "&#x1F;", "&name;" or a legacy "&name".
func entityEnd(b []byte, i int) int {
	j := i + 1
	if j < len(b) && b[j] == '#' {
		j++
		hex := j < len(b) && (b[j] == 'x' || b[j] == 'X')
		if hex {
			j++
		}
		d := j
		for j < len(b) && j-d < 8 && (isDigit(b[j]) || hex && isHex(b[j])) {
			j++
		}
		if j == d {
			return i
		}
	} else {
		d := j
		for j < len(b) && j-d < 32 && (isDigit(b[j]) || b[j]|0x20 >= 'a' && b[j]|0x20 <= 'z') {
			j++
		}
		if j == d {
			return i
		}
	}
	if j < len(b) && b[j] == ';' {
		j++
	}
	return j
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isHex(c byte) bool   { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'f' }
