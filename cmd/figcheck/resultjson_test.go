package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/compare"
	"github.com/figcheck/figcheck/facts"
)

// TestWriteResultJSON: the result written group by group is byte for byte
// what json.Encoder with a two-space indent and no HTML escaping writes of
// the whole.
func TestWriteResultJSON(t *testing.T) {
	whole := func(res compare.Result) string {
		var b bytes.Buffer
		require.NoError(t, newEncoder(&b, "  ").Encode(res))
		return b.String()
	}
	real := func() compare.Result {
		dir := filepath.Join("..", "..", "testdata", "compare_real", "01_earthquake")
		files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		require.NoError(t, err)
		if len(files) < 2 {
			t.Skip("no story set")
		}
		var docs []compare.Doc
		for _, f := range files {
			text, err := os.ReadFile(f)
			require.NoError(t, err)
			docs = append(docs, compare.Doc{Name: f, Facts: facts.Extract(f, text)})
		}
		return compare.Compare(docs, compare.Options{})
	}
	markup := compare.Result{Docs: []string{"a<b>.txt", "c&d.txt"}, Groups: []compare.Group{
		{Key: "x <y> & z", Facts: []facts.Fact{{Text: "25 <b>people</b>", Sentence: "a & b"}}},
		{Key: "second"},
	}}
	// every field of a group and a disagreement, set and unset, nil and
	// empty (appendGroupJSON writes them without encoding/json)
	require.True(t, groupFieldsKnown, "appendGroupJSON no longer knows compare.Group: it is not tested")
	fields := compare.Result{Docs: []string{"a", "b"}, Groups: []compare.Group{
		{Type: "group", Key: "count · people \"killed\"", Kind: facts.KindCount, Status: compare.StatusConflict,
			Facts: []facts.Fact{{Text: "25"}, {Text: "31"}}, Claims: []int{0, 1},
			Disagreements: []compare.Disagreement{
				{A: 0, B: 1, Reason: "linked by killed; 31 is outside \"25\" (exact) <b>\u2028", Update: true, Later: "b"},
				{A: 1, B: 0, Reason: "x", Internal: true},
			},
			Differences: []compare.Disagreement{{A: 0, B: 1, Reason: "the scopes differ (a, b)"}}},
		{Type: "group", Key: "empty", Facts: []facts.Fact{}, Disagreements: []compare.Disagreement{}, Claims: []int{},
			Differences: []compare.Disagreement{}},
	}}
	for name, res := range map[string]compare.Result{
		"fields":     fields,
		"no groups":  {Docs: []string{"a", "b"}, Groups: []compare.Group{}},
		"nil groups": {Docs: []string{"a"}},
		"nil docs":   {},
		"markup":     markup,
		"real":       real(),
	} {
		var got bytes.Buffer
		require.NoError(t, writeResultJSON(&got, res))
		want := whole(res)
		assert.True(t, want == got.String(), "%s:\n%s\nwant\n%s", name, got.String(), want)
	}
}

// appendIndent lays out compact JSON as json.Indent does, whatever stands
// in its strings.
func TestAppendIndent(t *testing.T) {
	for _, v := range []any{
		map[string]any{},
		[]any{},
		map[string]any{"a": []any{}, "b": map[string]any{}, "c": []any{1, "x", nil, true}},
		[]any{map[string]any{"k": `quote " and \ backslash`}, `{[,:]}`, "tab\tnew\nline", "é ü \u2028", -1.5e-9},
		[]any{`ends in a backslash \`, `\"`, `\\"\\`, "", `"`, false, 0},
		map[string]any{"nested": map[string]any{"deeper": []any{[]any{}, []any{[]any{1}}}}},
		"just a string",
		42,
	} {
		compact, err := json.Marshal(v)
		require.NoError(t, err)
		for _, prefix := range []string{"", "    "} {
			var want bytes.Buffer
			require.NoError(t, json.Indent(&want, compact, prefix, "  "))
			assert.Equal(t, want.String(), string(appendIndent(nil, compact, prefix, "  ")), "%s", compact)
		}
	}
}
