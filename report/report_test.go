package report

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/figcheck/figcheck/compare"
	"github.com/figcheck/figcheck/facts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fact is a fact of doc at the first occurrence of text in docText.
func fact(t *testing.T, doc, docText, text string, kind facts.Kind) facts.Fact {
	t.Helper()
	i := strings.Index(docText, text)
	require.GreaterOrEqual(t, i, 0, "%q not in %q", text, docText)
	return facts.Fact{Type: "fact", Doc: doc, Kind: kind, Text: text, Start: i, End: i + len(text)}
}

const (
	textA = "At least 25 people died. About 1,200 homes were damaged. Some 19% of schools shut.\n<script>document.title='pwned'</script> 3 provinces"
	textB = "The toll rose to 31. Nearly 1,500 homes were damaged. About 20% of schools shut."
)

// handResult builds a comparison by hand with one group of every status,
// review included, listed in compare's own order (review last).
func handResult(t *testing.T) (compare.Result, []Doc) {
	a, b := "reports/a.txt", "reports/b.md"
	res := compare.Result{Docs: []string{a, b}, Groups: []compare.Group{
		{Key: "count · people killed", Kind: facts.KindCount, Status: compare.StatusConflict,
			Facts:         []facts.Fact{fact(t, a, textA, "At least 25 people", facts.KindCount), fact(t, b, textB, "31", facts.KindCount)},
			Disagreements: []compare.Disagreement{{A: 0, B: 1, Reason: `25 is outside "31" (exact); likely an update, reports/b.md being later`}}},
		{Key: "percent · schools", Kind: facts.KindPercent, Unit: "%", Status: compare.StatusAgree,
			Facts: []facts.Fact{fact(t, a, textA, "Some 19%", facts.KindPercent), fact(t, b, textB, "About 20%", facts.KindPercent)}},
		{Key: "count · provinces", Kind: facts.KindCount, Status: compare.StatusSingle,
			Facts: []facts.Fact{fact(t, a, textA, "3 provinces", facts.KindCount)}},
		{Key: "count · homes damaged", Kind: facts.KindCount, Status: compare.StatusReview,
			Facts:       []facts.Fact{fact(t, a, textA, "About 1,200 homes", facts.KindCount), fact(t, b, textB, "Nearly 1,500 homes", facts.KindCount)},
			Differences: []compare.Disagreement{{A: 0, B: 1, Reason: "one counts the north only"}}},
	}}
	return res, []Doc{{Name: a, Text: []byte(textA)}, {Name: b, Text: []byte(textB)}}
}

func TestCompareMarksEveryFigureInPlace(t *testing.T) {
	res, docs := handResult(t)
	var buf bytes.Buffer
	require.NoError(t, Compare(&buf, res, docs, Options{}))
	texts := map[string]string{docs[0].Name: textA, docs[1].Name: textB}

	marks := find(parse(t, buf.String()), "mark")
	require.Len(t, marks, 7, "one mark per figure")
	statusOf := map[string]string{}
	for _, g := range res.Groups {
		for _, f := range g.Facts {
			statusOf[f.Doc+"@"+strconv.Itoa(f.Start)] = string(g.Status)
		}
	}
	for _, m := range marks {
		start, err1 := strconv.Atoi(m.Attrs["data-start"])
		end, err2 := strconv.Atoi(m.Attrs["data-end"])
		require.NoError(t, err1)
		require.NoError(t, err2)
		doc := m.Attrs["data-doc"]
		require.Contains(t, texts, doc)
		assert.Equal(t, texts[doc][start:end], m.Text, "a mark shows the exact wording at its offsets")
		assert.Equal(t, statusOf[doc+"@"+m.Attrs["data-start"]], m.Attrs["data-status"])
	}
}

func TestFindingsOrder(t *testing.T) {
	res, docs := handResult(t)
	var buf bytes.Buffer
	require.NoError(t, Compare(&buf, res, docs, Options{}))
	var statuses, ids []string
	for _, e := range parse(t, buf.String()) {
		if e.Tag == "tr" && e.Attrs["class"] == "finding" {
			statuses = append(statuses, e.Attrs["data-status"])
			ids = append(ids, e.Attrs["data-ids"])
		}
	}
	assert.Equal(t, []string{"conflict", "review", "agree", "single"}, statuses)
	assert.Equal(t, []string{"g0", "g3", "g1", "g2"}, ids, "a finding keeps its group's index in the JSON")
	page := buf.String()
	assert.Contains(t, page, "one counts the north only", "a review group shows its differences")
	i, j := strings.Index(page, `<details class="singles"><summary>Figures only one report gives: 1</summary>`), strings.Index(page, `data-ids="g2" data-status="single"`)
	assert.True(t, i >= 0 && j > i, "figures only one report gives are folded away below the findings")
	assert.Contains(t, page, "likely an update, b.md being later", "reasons name documents by their short names")
}

func TestArticleTextIsEscaped(t *testing.T) {
	res, docs := handResult(t)
	var buf bytes.Buffer
	require.NoError(t, Compare(&buf, res, docs, Options{}))
	page := buf.String()
	assert.NotContains(t, page, "<script>document.title")
	assert.Contains(t, page, "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;")
	scripts := find(parse(t, page), "script")
	require.Len(t, scripts, 1, "the page's own script only")
	assert.Equal(t, pageJS, scripts[0].Text)
}

func TestThePolicyAllowsOnlyThePagesOwnStyleAndScript(t *testing.T) {
	res, docs := handResult(t)
	var buf bytes.Buffer
	require.NoError(t, Compare(&buf, res, docs, Options{}))
	els := parse(t, buf.String())
	var csp string
	for _, m := range find(els, "meta") {
		if m.Attrs["http-equiv"] == "Content-Security-Policy" {
			csp = m.Attrs["content"]
		}
	}
	require.NotEmpty(t, csp)
	styles, scripts := find(els, "style"), find(els, "script")
	require.Len(t, styles, 1)
	require.Len(t, scripts, 1)
	assert.Contains(t, csp, "style-src '"+sha(styles[0].Text)+"'")
	assert.Contains(t, csp, "script-src '"+sha(scripts[0].Text)+"'")
	assert.Contains(t, csp, "default-src 'none'", "no network")
	for _, e := range els {
		assert.NotContains(t, e.Attrs, "style", "inline style attributes would be blocked by the policy")
		for k := range e.Attrs {
			assert.False(t, strings.HasPrefix(k, "on"), "inline handlers would be blocked by the policy: %s", k)
		}
	}
}

func TestFindingLinksPointAtTheirMarks(t *testing.T) {
	res, docs := handResult(t)
	var buf bytes.Buffer
	require.NoError(t, Compare(&buf, res, docs, Options{}))
	els := parse(t, buf.String())
	ids := map[string]element{}
	for _, m := range find(els, "mark") {
		ids[m.Attrs["id"]] = m
	}
	links := 0
	for _, a := range find(els, "a") {
		if a.Attrs["data-pick"] == "" {
			continue
		}
		links++
		m, ok := ids[strings.TrimPrefix(a.Attrs["href"], "#")]
		require.True(t, ok, "link %s has no mark", a.Attrs["href"])
		assert.Equal(t, m.Text, a.Text)
		assert.Contains(t, strings.Fields(m.Attrs["data-ids"]), a.Attrs["data-pick"])
	}
	assert.Equal(t, 7, links)
}

func TestCheckTitle(t *testing.T) {
	res, docs := handResult(t)
	var buf bytes.Buffer
	require.NoError(t, Compare(&buf, res, docs, Options{Check: docs[0].Name}))
	assert.Contains(t, buf.String(), "<title>figcheck: a.txt checked against 1 report</title>")
}

func TestNoGroups(t *testing.T) {
	var buf bytes.Buffer
	res := compare.Result{Docs: []string{"a", "b"}, Groups: []compare.Group{}}
	require.NoError(t, Compare(&buf, res, []Doc{{Name: "a", Text: []byte("no figures")}, {Name: "b"}}, Options{}))
	assert.Contains(t, buf.String(), "No figures to line up.")
	assert.Contains(t, buf.String(), "no figures</div>")
}

func TestExtractPage(t *testing.T) {
	text := "Some 19% of <b>schools</b> shut for ten days; $2.5bn of repairs."
	fs := []facts.Fact{
		fact(t, "a.txt", text, "Some 19%", facts.KindPercent),
		fact(t, "a.txt", text, "ten days", facts.KindDuration),
		fact(t, "a.txt", text, "$2.5bn", facts.KindMoney),
	}
	fs[2].Subject = "repairs"
	var buf bytes.Buffer
	require.NoError(t, Extract(&buf, []ExtractDoc{{Doc: Doc{Name: "a.txt", Text: []byte(text)}, Facts: fs}},
		Options{Value: func(f facts.Fact) string { return "v:" + f.Text }}))
	els := parse(t, buf.String())
	marks := find(els, "mark")
	require.Len(t, marks, 3)
	for i, m := range marks {
		assert.Equal(t, string(fs[i].Kind), m.Attrs["data-status"], "an extraction's status is the kind")
		assert.Equal(t, fs[i].Text, m.Text)
		assert.Equal(t, strconv.Itoa(fs[i].Start), m.Attrs["data-start"])
	}
	page := buf.String()
	assert.Contains(t, page, "&lt;b&gt;schools&lt;/b&gt;")
	assert.Contains(t, page, "<td class=\"num\">v:$2.5bn</td>", "values are written by Options.Value")
	assert.Contains(t, page, "<title>figcheck: figures in a.txt</title>")
}

func TestForm(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteForm(&buf, Form{Action: "/report", MaxDocs: 8, MaxBytes: 16 << 20,
		Error: "Paste at least two reports", Docs: []FormDoc{{Name: "bbc", Text: "</textarea><script>x()</script>"}}}))
	els := parse(t, buf.String())
	areas := find(els, "textarea")
	require.Len(t, areas, 8, "one box per document allowed")
	assert.Equal(t, "</textarea><script>x()</script>", areas[0].Text, "a pasted report comes back as it was, escaped")
	assert.Len(t, find(els, "script"), 1)
	page := buf.String()
	assert.Contains(t, page, `role="alert">Paste at least two reports</p>`)
	assert.Contains(t, page, "16 MB in all")
	assert.Regexp(t, regexp.MustCompile(`<form method="post" action="/report" enctype="multipart/form-data">`), page)
}

func TestShortNames(t *testing.T) {
	assert.Equal(t, map[string]string{"x/a.txt": "a.txt", "y/b.txt": "b.txt"}, shortNames([]string{"x/a.txt", "y/b.txt"}))
	assert.Equal(t, map[string]string{"x/a.txt": "x/a.txt", "y/a.txt": "y/a.txt"}, shortNames([]string{"x/a.txt", "y/a.txt"}))
}

func TestEveryStatusAndKindHasASymbol(t *testing.T) {
	for _, s := range statusOrder {
		assert.Contains(t, pageCSS, `mark[data-status="`+s+`"]::after { content: "`+statuses[s].Symbol+`"; }`)
	}
	for _, k := range []facts.Kind{facts.KindCount, facts.KindPercent, facts.KindMoney, facts.KindQuantity,
		facts.KindDuration, facts.KindDate, facts.KindOrdinal, facts.KindAge} {
		require.NotEmpty(t, kindSymbols[string(k)], k)
		assert.Contains(t, pageCSS, `mark[data-status="`+string(k)+`"]::after`)
	}
}
