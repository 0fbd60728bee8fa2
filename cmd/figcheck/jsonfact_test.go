package main

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/facts"
)

// marshalFact is what the command wrote before appendFactJSON.
func marshalFact(t *testing.T, f *facts.Fact) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(f))
	return string(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

// filledFact sets every field of a Fact (found by reflection, so a new
// field is covered) from s and v.
func filledFact(s string, v float64) facts.Fact {
	var f facts.Fact
	rv := reflect.ValueOf(&f).Elem()
	for i := 0; i < rv.NumField(); i++ {
		fv := rv.Field(i)
		switch fv.Kind() {
		case reflect.String:
			fv.SetString(s)
		case reflect.Float64:
			fv.SetFloat(v)
		case reflect.Int:
			fv.SetInt(int64(v))
		case reflect.Bool:
			fv.SetBool(v != 0)
		case reflect.Pointer:
			p := reflect.New(fv.Type().Elem())
			if p.Elem().Kind() == reflect.String {
				p.Elem().SetString(s)
			} else {
				p.Elem().SetFloat(v)
			}
			fv.Set(p)
		}
	}
	return f
}

func TestAppendFactJSON(t *testing.T) {
	require.NotNil(t, factPlan, "every field of facts.Fact has a type the plan writes")
	var all []facts.Fact
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "extract", "*.txt"))
	require.NotEmpty(t, paths)
	for _, p := range paths {
		text, err := os.ReadFile(p)
		require.NoError(t, err)
		all = append(all, facts.Extract(p, text)...)
	}
	strs := []string{"", "plain", `quote " and \ back`, "<b>&amp;</b>", "tab\tnew\nline\r\b\f\x00\x1f\x7f",
		"caf\u00e9 \u2028 \u2029 \U0001F600", "bad \xff\xfe utf-8 \xe2\x82", "€ 12 ½"}
	nums := []float64{0, math.Copysign(0, -1), 1, -2.5, 1e21, 9.99e20, 1e-6, 9e-7, 1e-7, 5e-324, 123456789.123, 1e300, -1e-300}
	for _, s := range strs {
		for _, v := range nums {
			all = append(all, filledFact(s, v))
		}
	}
	all = append(all, facts.Fact{})
	for i := range all {
		got, err := appendFactJSON(nil, &all[i])
		require.NoError(t, err)
		require.Equal(t, marshalFact(t, &all[i]), string(got), "fact %d", i)
	}
}

func TestAppendFactJSONUnsupported(t *testing.T) {
	f := filledFact("x", math.NaN())
	_, err := appendFactJSON(nil, &f)
	var buf bytes.Buffer
	want := json.NewEncoder(&buf).Encode(&f)
	require.Error(t, err)
	require.Equal(t, want.Error(), err.Error())
}
