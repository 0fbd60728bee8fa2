package compare

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/facts"
)

// TestSameContent changes each field of a fact in turn: every field but
// Doc tells two facts apart, so a report is shared only with a true copy.
func TestSameContent(t *testing.T) {
	base := fc("25 people", "people killed", 25, event("killed"), sentence("25 people were killed."))
	up := "up"
	base.Change = &up
	for _, p := range []**float64{&base.From, &base.BaseValue, &base.BaseLow, &base.BaseHigh, &base.WrittenValue} {
		*p = num(25)
	}
	// a copy with other pointers to equal values, under another name
	cp := base
	cp.Doc = "other.txt"
	rv := reflect.ValueOf(&cp).Elem()
	for i := range rv.NumField() {
		if f := rv.Field(i); f.Kind() == reflect.Pointer && !f.IsNil() {
			n := reflect.New(f.Type().Elem())
			n.Elem().Set(f.Elem())
			f.Set(n)
		}
	}
	require.True(t, sameContent(&base, &cp))

	typ := rv.Type()
	for i := range typ.NumField() {
		name := typ.Field(i).Name
		if name == "Doc" {
			continue
		}
		t.Run(name, func(t *testing.T) {
			other := base
			f := reflect.ValueOf(&other).Elem().Field(i)
			switch f.Kind() {
			case reflect.String:
				f.SetString(f.String() + "x")
			case reflect.Int:
				f.SetInt(f.Int() + 1)
			case reflect.Float64:
				f.SetFloat(f.Float() + 0.5)
			case reflect.Bool:
				f.SetBool(!f.Bool())
			case reflect.Pointer:
				f.Set(reflect.Zero(f.Type())) // nil beside a value
			default:
				t.Fatalf("field %s of kind %s: teach this test and sameContent about it", name, f.Kind())
			}
			assert.False(t, sameContent(&base, &other))
			assert.False(t, sameContent(&other, &base))
		})
	}
	// a value changed behind a pointer
	other := base
	other.Value = num(26)
	assert.False(t, sameContent(&base, &other))
	c := "down"
	other = base
	other.Change = &c
	assert.False(t, sameContent(&base, &other))
}

// TestCopiesShared compares reports of the story sets given several times
// under other names, with copies prepared once and with every report
// prepared afresh: the results must be the same.
func TestCopiesShared(t *testing.T) {
	names, texts := storyReports(t, 200)
	docs := make([]Doc, len(names))
	for i, text := range texts {
		docs[i] = Doc{Name: names[i], Facts: facts.Extract(names[i], text), Date: PublishedDate(text)}
	}
	copies := findCopies(docs)
	shared := 0
	for _, c := range copies {
		if c >= 0 {
			shared++
		}
	}
	require.Greater(t, shared, 100, "the story sets given twice or more are copies")
	want := func() Result {
		defer func(f func([]Doc) []int) { findCopies = f }(findCopies)
		findCopies = func(docs []Doc) []int {
			out := make([]int, len(docs))
			for i := range out {
				out[i] = -1
			}
			return out
		}
		return Compare(docs, Options{})
	}()
	require.Equal(t, want, Compare(docs, Options{}))
}
