// Package report renders figcheck's results as one self-contained HTML
// page: styles and script inline, no network, readable from disk, printable.
//
// A comparison page lists the findings first (conflicts, then groups to
// review, then the rest) and shows the reports side by side below, each
// figure highlighted in place with its exact wording. Picking a finding or a
// figure highlights that figure in every report and scrolls each report to
// it. An extraction page shows each article with its figures highlighted
// and a table of its facts.
//
// Every highlighted figure is a <mark> carrying data-doc, data-start,
// data-end (byte offsets into the document, as in the JSON output) and
// data-status (a group's status; for an extraction, the fact's kind), as
// SPEC.md says. Article text goes through html/template, so a report
// holding <script> shows it and never runs it; the page's own style and
// script are allowed by their hashes in a Content-Security-Policy, and
// nothing else is.
package report

import (
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/figcheck/figcheck/facts"
)

//go:embed assets/page.html assets/page.css assets/page.js
var assets embed.FS

var (
	pageCSS = mustRead("assets/page.css") + symbolRules()
	pageJS  = mustRead("assets/page.js")
	page    = template.Must(template.New("page.html").Funcs(template.FuncMap{
		"symbol": func(s string) string { return statusOf(s).Symbol },
		"label":  func(s string) string { return statusOf(s).Label },
	}).ParseFS(assets, "assets/page.html"))
	// policy lets the page run its own style and script, and nothing else:
	// no other script, no network, forms posting only where they came from.
	policy = "default-src 'none'; img-src data:; style-src '" + hash(pageCSS) +
		"'; script-src '" + hash(pageJS) + "'; form-action 'self'; base-uri 'none'"
)

// symbolRules gives each highlighted figure the symbol of its status or
// kind, from the tables of status.go, so that the page never tells by
// colour alone.
func symbolRules() string {
	var b strings.Builder
	add := func(status, symbol string) {
		fmt.Fprintf(&b, "mark[data-status=%q]::after { content: %q; }\n", status, symbol)
	}
	for _, s := range statusOrder {
		add(s, statuses[s].Symbol)
	}
	kinds := make([]string, 0, len(kindSymbols))
	for k := range kindSymbols {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		add(k, kindSymbols[k])
	}
	return b.String()
}

func mustRead(name string) string {
	b, err := assets.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

// ContentSecurityPolicy is the policy the pages carry in a meta element; a
// server may send it as a header too.
func ContentSecurityPolicy() string { return policy }

// Doc is one document as read: its name and its text, in which the facts'
// offsets index (for HTML and Markdown, the same-length text view of
// package source).
type Doc struct {
	Name string
	Text []byte
}

// Options shape a page.
type Options struct {
	// Title heads the page; empty gives a default.
	Title string
	// Check names the NEW document of a "check" (its figures against the
	// references); empty for a comparison.
	Check string
	// Value writes a fact's figure for people ("≥ 25", "2.5 bn"); nil
	// writes the plain value.
	Value func(facts.Fact) string
	// Served adds the web service's navigation (a link to a new
	// comparison).
	Served bool
}

// layoutData is what every page shares.
type layoutData struct {
	Title  string
	CSS    template.CSS
	JS     template.JS
	CSP    string
	Served bool
}

func newLayout(title string, served bool) layoutData {
	return layoutData{Title: title, CSS: template.CSS(pageCSS), JS: template.JS(pageJS), CSP: policy, Served: served}
}

// shortNames maps each document to its base name when those are all
// different, else to its name as given.
func shortNames(names []string) map[string]string {
	m := map[string]string{}
	seen := map[string]bool{}
	for _, n := range names {
		b := path.Base(strings.ReplaceAll(n, `\`, "/"))
		if b == "." || b == "/" || seen[b] {
			for _, n := range names {
				m[n] = n
			}
			return m
		}
		seen[b] = true
		m[n] = b
	}
	return m
}

func plainValue(f facts.Fact) string {
	if f.Kind == facts.KindDate {
		return f.Date
	}
	if f.Value == nil {
		return ""
	}
	return strconv.FormatFloat(*f.Value, 'f', -1, 64)
}

func render(w io.Writer, name string, data any) error {
	return page.ExecuteTemplate(w, name, data)
}
