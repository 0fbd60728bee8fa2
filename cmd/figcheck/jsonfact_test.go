package main

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
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
	nums := []float64{0, math.Copysign(0, -1), 1, -2.5, 1e21, 9.99e20, 1e-6, 9e-7, 1e-7, 5e-324, 123456789.123, 1e300, -1e-300,
		-7, 1 << 53, 1<<53 - 1, -(1<<53 - 1), 1<<53 + 2, 1e15, 123456789012345678}
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

// TestAppendJSONFloatMatches: numbers, whole ones written as integers
// among them, come out as encoding/json writes them.
func TestAppendJSONFloatMatches(t *testing.T) {
	nums := []float64{0, math.Copysign(0, -1), 0.5, -0.5, 1e-7, 1e20, 1e21, -1e21, 2.5e6}
	for e := 0; e <= 62; e++ {
		v := math.Ldexp(1, e)
		nums = append(nums, v, v-1, v+1, -v, -v+1, math.Nextafter(v, 0), math.Nextafter(v, math.Inf(1)))
	}
	for i := 0; i < 10000; i++ {
		v := float64(i*i*i) * 7919
		nums = append(nums, v, v/1000, -v)
	}
	for _, v := range nums {
		want, err := json.Marshal(v)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(appendJSONFloat(nil, v)), "%v", v)
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

// TestAppendJSONStringMatches: the string encoder, which skips eight safe
// bytes at a time, writes what encoding/json writes (HTML left alone) for
// strings with a byte to escape at every place of a run, and the cache of
// the last strings written gives the same as writing them anew.
func TestAppendJSONStringMatches(t *testing.T) {
	specials := []string{`"`, `\`, "\n", "\x01", "\x7f", "é", "\u2028", "\xff", "<", " "}
	for n := 0; n < 20; n++ {
		for _, sp := range specials {
			for at := 0; at <= n; at++ {
				s := strings.Repeat("a", at) + sp + strings.Repeat("b", n-at)
				var want strings.Builder
				enc := json.NewEncoder(&want)
				enc.SetEscapeHTML(false)
				require.NoError(t, enc.Encode(s))
				assert.Equal(t, strings.TrimSuffix(want.String(), "\n"), string(appendJSONString(nil, s)), "%q", s)
			}
		}
	}
	sentence := "Officials said 25 people were killed and 40 were injured in the attack."
	other := strings.Clone(sentence) // the same text in other bytes
	var c stringCache
	var cached, plain []byte
	sameLength := "Officials said 26 people were killed and 40 were injured in the attack."
	for _, s := range []string{sentence, sentence, other, sameLength, "A short one.", sentence} {
		f := facts.Fact{Type: "fact", Kind: facts.KindCount, Sentence: s, Text: "25 people"}
		var err error
		cached, err = appendFactJSONCached(cached, &f, &c)
		require.NoError(t, err)
		plain, err = appendFactJSON(plain, &f)
		require.NoError(t, err)
	}
	assert.Equal(t, string(plain), string(cached))
}
