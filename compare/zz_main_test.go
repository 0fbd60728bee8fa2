package compare

import (
	"os"
	"testing"

	"github.com/figcheck/figcheck/facts"
)

func TestZZMain(t *testing.T) {
	dir := os.Getenv("ZZSET")
	if dir == "" {
		t.Skip()
	}
	var docs []Doc
	for _, n := range []string{"a.txt", "b.txt", "c.txt", "d.txt"} {
		b, err := os.ReadFile(dir + "/" + n)
		if err != nil {
			continue
		}
		docs = append(docs, Doc{Name: n, Facts: facts.ExtractString(n, string(b))})
	}
	opt := Options{}.withDefaults()
	_, claims := prepareAll(docs, opt)
	keys := mainKeys(claims)
	for _, c := range claims {
		it := c.items[0]
		if it.event == "" {
			continue
		}
		k, ok := keys[c]
		t.Logf("%s %q ev=%s role=%s scope=%q time=%q dim=%s main=%v %s", docs[c.doc].Name, it.f.Text, it.event, it.role, it.scope, it.time, c.dim, ok, k)
	}
}

func TestZZWithin(t *testing.T) {
	dir := os.Getenv("ZZSET")
	doc := os.Getenv("ZZDOC")
	if dir == "" {
		t.Skip()
	}
	var docs []Doc
	for _, n := range []string{"a.txt", "b.txt", "c.txt", "d.txt"} {
		b, err := os.ReadFile(dir + "/" + n)
		if err != nil {
			continue
		}
		docs = append(docs, Doc{Name: n, Facts: facts.ExtractString(n, string(b))})
	}
	opt := Options{}.withDefaults()
	m := opt.Model
	_, claims := prepareAll(docs, opt)
	var cs []*claim
	for _, c := range claims {
		if docs[c.doc].Name == doc && c.items[0].event != "" {
			cs = append(cs, c)
		}
	}
	lv := make([]int, 0, 32)
	for i := range cs {
		for j := i + 1; j < len(cs); j++ {
			a, b := cs[i].items[0], cs[j].items[0]
			t.Logf("%q vs %q: within %.2f twoTallies %v val %d meas %d scope %d time %d", a.f.Text, b.f.Text, withinScore(m, cs[i], cs[j], lv), twoTallies(m, cs[i], cs[j], lv), valueLevel(a, b), measureLevel(a, b), scopeLevel(a, b), timeLevel(a, b))
		}
	}
}
