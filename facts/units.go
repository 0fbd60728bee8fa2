package facts

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"
)

// multiply scales the candidate's figures: a currency word's factor
// ("cents"), or a shared scale.
func (c *cand) multiply(f float64) {
	if f == 1 {
		return
	}
	c.n.value = product(c.n.value, f)
	c.n.low = product(c.n.low, f)
	c.n.high = product(c.n.high, f)
	c.n.precision *= f
	if c.hi != nil {
		h := *c.hi
		h.value = product(h.value, f)
		c.hi = &h
	}
}

// moneyRule reads amounts of money: a currency symbol or ISO code before
// ($2.5bn, US$5m, USD 34.6 million) or a code or currency word after (300
// euros, 5 billion yen, 50 cents, 30p, 120m CHF).
type moneyRule struct{}

func (moneyRule) Name() string { return "money" }

func (moneyRule) Apply(s *sent, c *cand) bool {
	if c.n.ordinal || c.n.share {
		return false
	}
	t := s.toks
	factor := 1.0
	code, i := currencyBefore(t, c.n.i)
	j := c.j
	if i < 0 {
		i = c.i
	}
	if len(code) == 4 && code[0] == 'M' { // "MAUD 60"
		code = code[1:]
		c.n.scale(1e6)
	}
	if code == "R" {
		if !s.randAmount(c.n) {
			return false
		}
		code = "ZAR"
	}
	if code != "" && c.n.mSuffix > 0 && c.n.mSuffix == c.n.j {
		c.n.scale(1e6)
		c.n.j++
		j = c.n.j
		c.j = j
		if c.hi != nil && c.hi.j < len(t) && t[c.hi.j].raw == "m" && !t[c.hi.j].space {
			h := *c.hi
			h.scale(1e6)
			h.j++
			c.hi = s.span(h)
			j = h.j
		}
	}
	// "hundreds of euros", "millions of dollars"
	if code == "" && c.n.vague && j+1 < len(t) && t[j].text == "of" {
		if cw, ok := currencyWordIDs.get(t[j+1].id); ok && cw.factor == 1 {
			code, j = cw.code, j+2
		}
	}
	if code == "" {
		code, factor, j = currencyAfterFigure(s, c, j)
	}
	if code == "" {
		return false
	}
	// "75 USD million": a scale after the code.
	if j < len(t) && t[j].kind == tokWord {
		if sc, ok := scaleWordIDs.get(t[j].id); ok && sc >= 1e3 && !c.n.scaled {
			c.n.scale(sc)
			j++
		}
	}
	// "$15.4/hour": a wage or a rate, money per unit of time.
	if j+1 < len(t) && t[j].text == "/" && !t[j].space && !t[j+1].space {
		if per, ok := durationUnitIDs.get(t[j+1].id); ok {
			code += "/" + per
			j += 2
		}
	}
	// "The annual revenue is ($99.99)": a bracketed amount that converts
	// no figure before it is an accountant's negative — likely, not sure.
	if i > 0 && c.n.i == i+1 && t[i-1].text == "(" && !t[i].space && j < len(t) && t[j].text == ")" && !t[j].space && c.hi == nil && !c.n.negative {
		if b := i - 2; b >= 0 && t[b].kind == tokWord && scaleWordIDs.at(t[b].id) == 0 && scaleSuffixRaw.at(&t[b]) == 0 && currencyWordIDs.at(t[b].id).code == "" {
			c.multiply(-1)
			i, j = i-1, j+1
			c.conf = 0.6
		}
	}
	// "3 dollars 50 cents", "thirteen dollars and forty-five cents".
	if factor == 1 {
		if cents, end, ok := centsAfter(s, j, code); ok {
			c.n.value += cents
			j = end
		}
	}
	// "−€200": the sign stands before the symbol.
	if i > 0 && i < c.n.i && t[i-1].text == "-" && !t[i].space && (i == 1 || t[i-1].space) && !c.n.negative {
		i--
		c.multiply(-1)
	}
	// "negative $3.36 billion", "minus €200": the word stands before the
	// symbol, as "negative 2%" before the number.
	if i > 0 && i < c.n.i && (t[i-1].text == "negative" || t[i-1].text == "minus") && !c.n.negative && !plusOrMinus(t, i-1) {
		i--
		c.multiply(-1)
	}
	c.i, c.j = i, j
	c.numEnd = j
	if factor != 1 {
		// "50 cents" is 0.5 USD; the figure as written is kept beside it.
		c.writtenValue, c.writtenUnit = c.n.value, smallCoinName(t, j)
	}
	c.multiply(factor)
	c.unit = code
	s.finish(c, KindMoney)
	return true
}

// attributivePound reports a singular "pound" before the noun it weighs:
// "a twenty-pound bag", "a 20 pound turkey" — but "a five-pound note" is
// money.
func (s *sent) attributivePound(k int) bool {
	if s.word(k) != "pound" || k+1 >= len(s.toks) {
		return false
	}
	nx := &s.toks[k+1]
	return nx.kind == tokWord && nx.class&clsSubjectStop == 0 && !moneyNounIDs.has(nx.id) && !nx.upper
}

// lowerCodeLeads reports whether a lower-case code at k stands before the
// amount after it: not in "10 rmb 20 usd" (it closes the 10), but in
// "rmb 10 usd 20" (the 10 has its own).
func lowerCodeLeads(t []token, k int) bool {
	if k == 0 || t[k-1].kind != tokNum {
		return true
	}
	return k >= 2 && t[k-2].kind == tokWord && isCodeUpper(t[k-2].text)
}

// ownCurrencyAfter reports whether the numeral at k is followed by a
// currency of its own: "30 $", "30 cent".
func ownCurrencyAfter(t []token, k int) bool {
	if k+1 >= len(t) || t[k].kind != tokNum {
		return false
	}
	nx := &t[k+1]
	return nx.kind == tokSym && currencySymbolIDs.at(nx.id) != "" || nx.kind == tokWord && currencyWordIDs.at(nx.id).code != ""
}

// smallCoinName names the coin of a small-coin amount ending before token
// j: "cents" → cent, "30p" and "pence" → penny, "sen" → sen.
func smallCoinName(t []token, j int) string {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if name, ok := smallCoinIDs.get(t[k].id); ok {
			return name
		}
	}
	return ""
}

// currencyBefore reads a currency written before the amount at token k:
// "$", "US$", "C$", "c $", "USD", "Rs.". It returns the code and the first
// token of the currency, or "" and -1.
func currencyBefore(t []token, k int) (string, int) {
	k--
	if k < 0 {
		return "", -1
	}
	switch tk := &t[k]; {
	case tk.kind == tokWord && dollarPrefixRaw.at(tk) != "" && !tk.space && !t[k+1].space && k > 0 && t[k-1].text == "$":
		// "$US50m", "$A3.2bn": the country after the sign.
		return dollarPrefixRaw.at(tk), k - 1
	case tk.kind == tokWord && letterCurrencyRaw.at(tk) != "" && (!t[k+1].space || tk.raw == "RM" || tk.raw == "Rp"):
		// "RM120", "RM 2.4 billion", "Rp5,000".
		return letterCurrencyRaw.at(tk), k
	case tk.kind == tokSym && currencySymbolIDs.at(tk.id) != "" && k > 0 && t[k-1].kind == tokNum && tk.space && ownCurrencyAfter(t, k+1):
		// "10 $ 30 cent": the sign closes the figure before it.
		return "", -1
	case tk.kind == tokSym && currencySymbolIDs.at(tk.id) != "":
		code, i := currencySymbolIDs.at(tk.id), k
		// "US$", "C$", "mxn$", and "c $" with a space as some wires write it.
		if k > 0 && t[k-1].kind == tokWord && (!tk.space || spacedCurrencyPrefixRaw.at(&t[k-1])) {
			if cc := currencySymbols[t[k-1].text+tk.text]; cc != "" {
				code, i = cc, k-1
			}
		}
		return code, i
	case tk.kind == tokWord && (currencyCodeRaw.at(tk) || len(tk.text) == 3 && !tk.upper && !commonWordCodeIDs.has(tk.id) && isCodeUpper(tk.text) && lowerCodeLeads(t, k)):
		// "USD 34.6 million", and in lower case "usd 20", "rmb 10".
		code := strings.ToUpper(tk.text)
		if code == "RMB" {
			return "CNY", k
		}
		return code, k
	case tk.kind == tokWord && (tk.text == "rs" || tk.text == "rs.") && tk.upper:
		return "INR", k
	case tk.kind == tokWord && tk.raw == "R" && !t[k+1].space:
		// "R81bn", "R340": the South African rand, written against the
		// amount — or a name ("Formula R2"): the caller decides.
		return "R", k
	case tk.text == "." && k > 0 && t[k-1].text == "rs":
		return "INR", k - 1
	case tk.kind == tokWord && len(tk.raw) == 4 && tk.raw[0] == 'M' && currencyCodes[tk.raw[1:]]:
		// "MAUD 60": millions of a currency.
		return "M" + tk.raw[1:], k
	}
	return "", -1
}

// spacedCurrencyPrefix are the prefixes that wire copy writes apart from the
// dollar sign: "c $ 16.4 million", "hk $ 10.05 billion".
var spacedCurrencyPrefix = map[string]bool{"c": true, "hk": true, "us": true, "mex": true, "nz": true, "C": true, "HK": true, "US": true, "NZ": true}

// currencyAfterFigure reads a currency written after the amount, from token
// j: an ISO code (also lower case, or with an M for millions: "30 MUSD"), a
// currency word with an optional nationality ("Canadian dollars"), an
// attached "p" for pence, a symbol ("10 €"). Pounds that weigh are not
// money: "200 pounds of cocaine", "a baby of two pounds".
func currencyAfterFigure(s *sent, c *cand, j int) (code string, factor float64, end int) {
	t := s.toks
	if j >= len(t) {
		return "", 1, j
	}
	w := &t[j]
	switch {
	case w.kind == tokWord && len(w.text) == 3 && isCodeUpper(w.text) && (w.allUpper || !commonWordCodeIDs.has(w.id)):
		code := strings.ToUpper(w.text)
		if code == "RMB" {
			code = "CNY"
		}
		return code, 1, j + 1
	case w.kind == tokWord && len(w.raw) == 4 && (w.raw[0] == 'M' || w.raw[0] == 'm') && isCodeUpper(w.raw[1:]):
		c.n.scale(1e6)
		return strings.ToUpper(w.raw[1:]), 1, j + 1
	case w.kind == tokWord && w.raw == "p" && !w.space:
		return "GBP", 0.01, j + 1
	case w.text == "-" && !w.space && j+1 < len(t) && !t[j+1].space && t[j+1].kind == tokWord:
		// "a 12-cent dividend", "a one-yen bid"
		if cw, ok := currencyWordIDs.get(t[j+1].id); ok && t[j+1].text != "p" && !s.attributivePound(j+1) {
			return cw.code, cw.factor, j + 2
		}
	case w.kind == tokWord:
		q, wordEnd := currencyAfter(t, j)
		if q.code == "" {
			return "", 1, j
		}
		if t[wordEnd-1].text == "pound" || t[wordEnd-1].text == "pounds" {
			if !s.moneyContext() || s.word(wordEnd) == "of" || j >= 1 && t[j-1].text == "-" || s.attributivePound(wordEnd-1) {
				return "", 1, j
			}
		}
		if q.code == "KRW" && c.n.value < 1000 {
			return "", 1, j // "won" after a small number is the verb
		}
		return q.code, q.factor, wordEnd
	case w.kind == tokSym && currencySymbolIDs.at(w.id) != "" && (j+1 >= len(t) || t[j+1].kind != tokNum || w.space && ownCurrencyAfter(t, j+1)):
		return currencySymbolIDs.at(w.id), 1, j + 1
	}
	return "", 1, j
}

// commonWordCodes are currency codes that are also English words; in lower
// case they are the words.
var commonWordCodes = map[string]bool{"try": true, "cop": true, "pen": true, "all": true, "mad": true, "gel": true, "top": true, "cup": true}

// randAmount reports whether an amount written against an "R" is in
// rand: it has a scale or two decimals, or the sentence speaks of money.
// Otherwise "R2" is a name.
func (s *sent) randAmount(n numSpan) bool {
	tok := &s.toks[n.i]
	return n.scaled || n.mSuffix > 0 || tok.grouped || tok.decimals == 2 || s.moneyContext()
}

// moneyContext reports whether the sentence speaks of money, so that
// "pounds" are sterling rather than weight.
func (s *sent) moneyContext() bool { return s.context()&ctxMoney != 0 }

// centsAfter reads the cents of a compound amount: "3 dollars 50 cents",
// "thirteen dollars and forty-five cents", "15 dollars 50" (a bare number
// under 100 closing the sentence).
func centsAfter(s *sent, j int, code string) (float64, int, bool) {
	t := s.toks
	k := j
	if s.word(k) == "and" {
		k++
	}
	if k >= len(t) || k == j && s.word(j-1) == "" {
		return 0, j, false
	}
	n, ok := parseNumberAt(t, k)
	if !ok || n.value >= 100 || n.value < 0 || n.ordinal || n.share || n.vague || n.value != math.Trunc(n.value) {
		return 0, j, false
	}
	if cw, ok := currencyWordIDs.get(s.id(n.j)); ok && cw.factor == 0.01 {
		return n.value / 100, n.j + 1, true
	}
	// "15 USD 50 more": the cents close the amount before a comparative.
	if n.j >= len(t) || t[n.j].kind == tokPunct && t[n.j].text != "-" || t[n.j].text == "more" || t[n.j].text == "less" || t[n.j].text == "extra" {
		if _, isWord := currencyWords[s.word(j-1)]; isWord || isCodeUpper(s.word(j-1)) {
			return n.value / 100, n.j, true
		}
	}
	return 0, j, false
}

// sharedCurrencyNames are currency words that many countries use: with an
// unknown nationality they say no currency.
var sharedCurrencyNames = map[string]bool{
	"dollar": true, "pound": true, "franc": true, "peso": true, "rupee": true, "krone": true,
	"krona": true, "dinar": true, "shilling": true, "lira": true, "real": true, "riyal": true,
	"dirham": true, "won": true, "cent": true, "pence": true, "mark": true,
}

// currencyAfter reads a currency word at j, with a nationality before it
// ("Canadian dollars", "Hong Kong dollars", "US dollars").
func currencyAfter(t []token, j int) (currencyWord, int) {
	// Nationality of one or two words, then the currency word.
	for span := 0; span <= 2; span++ {
		k := j + span
		if k >= len(t) {
			break
		}
		cw, ok := currencyWordIDs.get(t[k].id)
		if !ok {
			continue
		}
		if t[k].text == "p" || t[k].text == "real" && span == 0 {
			return currencyWord{}, j
		}
		if span > 0 && (t[j].kind != tokWord || t[k-1].kind != tokWord) {
			return currencyWord{}, j // "costs 3 dimes": no nationality
		}
		if span == 0 {
			return cw, k + 1
		}
		nat := t[j].text
		if span == 2 {
			nat += " " + t[j+1].text
		}
		base := strings.TrimSuffix(strings.TrimSuffix(t[k].text, "s"), "e")
		if t[k].text == "francs" || t[k].text == "franc" {
			base = "franc"
		}
		for key, m := range currencyQualifiers {
			if strings.HasPrefix(t[k].text, key) || key == base {
				if code, ok := m[nat]; ok {
					return currencyWord{code, cw.factor}, k + 1
				}
			}
		}
		// "finnish markka", "dutch guilders": a currency that only one
		// country had needs no table of nationalities.
		if !sharedCurrencyNames[base] && t[j].kind == tokWord && t[j].class&clsSubjectStop == 0 {
			return cw, k + 1
		}
		return currencyWord{}, j
	}
	return currencyWord{}, j
}

// percentRule reads percents (19%, 3.5 per cent), percentage points (pp),
// basis points (bp) and shares (a third of, two-thirds, one in five).
type percentRule struct{}

func (percentRule) Name() string { return "percent" }

// decimalBefore reports a number with decimals right before token k: no
// computer is counted in tenths.
func (s *sent) decimalBefore(k int) bool {
	return k > 0 && s.toks[k-1].kind == tokNum && s.toks[k-1].decimals > 0
}

func (percentRule) Apply(s *sent, c *cand) bool {
	if c.n.ordinal {
		return false
	}
	if c.n.share {
		c.unit = "%"
		s.finish(c, KindPercent)
		return true
	}
	if c.n.points {
		c.unit = "pp"
		s.finish(c, KindPercent)
		return true
	}
	// Only the phrases that start with the word after the figure can match.
	phrases := percentWords
	if !percentFirstIDs.has(s.id(c.j)) {
		phrases = nil
	}
	for _, p := range phrases {
		if matchWords(s, c.j, p.words) {
			if p.words[0] == "pc" && s.toks[c.j].space && !s.decimalBefore(c.j) {
				continue // "3pc" is 3%; "3 pc" most often a computer, "33.6 pc" a share
			}
			if len(p.words) == 1 && p.words[0] == "points" {
				// Bare "points" are percentage points only where the
				// sentence speaks of percentages (a poll's lead, a rate);
				// after a stock index they are the index's points; else
				// they are counted ("scored 25 points").
				switch ctx := s.context(); {
				case ctx&ctxIndex != 0:
					c.j++
					c.numEnd = c.j
					c.unit = "pts"
					s.finish(c, KindQuantity)
					return true
				case ctx&ctxPercent == 0:
					return false
				}
			}
			// "%" touches or follows the number; words follow it.
			c.j += len(p.words)
			c.numEnd = c.j
			c.unit = p.unit
			// "20%-25%": the upper end's % closes the range.
			s.finish(c, KindPercent)
			return true
		}
	}
	// A range whose lower end carries the sign: "20%-25%".
	if c.hi != nil && c.hi.i >= 2 && s.toks[c.hi.i-2].text == "%" {
		if c.hi.j < len(s.toks) && s.toks[c.hi.j].text == "%" {
			c.j = c.hi.j + 1
			c.unit = "%"
			c.numEnd = c.j
			s.finish(c, KindPercent)
			return true
		}
	}
	return false
}

func matchWords(s *sent, j int, words []string) bool {
	if j+len(words) > len(s.toks) {
		return false
	}
	for x, w := range words {
		if s.toks[j+x].text != w {
			return false
		}
	}
	return true
}

// magnitudeVerbs before a bare one-decimal figure in a sentence about an
// earthquake make it the magnitude whatever follows ("A strong earthquake
// measuring 6.2 shook the region").
var magnitudeVerbs = map[string]bool{
	"measuring": true, "measured": true, "registering": true, "registered": true, "of": true,
}

// quantityRule reads measures with a unit: 750 miles, a 750-mile front,
// 41.3C, 1.2 million barrels a day, magnitude 6.8, 12 square kilometres.
type quantityRule struct{}

func (quantityRule) Name() string { return "quantity" }

func (quantityRule) Apply(s *sent, c *cand) bool {
	if c.n.ordinal || c.n.share {
		return false
	}
	t := s.toks
	// "magnitude 6.8", "a magnitude-7.8 quake", "6.8-magnitude", "6.8 magnitude".
	if k := c.n.i - 1; k >= 0 && (t[k].text == "magnitude" || t[k].text == "-" && k > 0 && t[k-1].text == "magnitude") {
		if t[k].text == "-" {
			k--
		}
		c.i = k
		c.unit = "magnitude"
		s.finish(c, KindQuantity)
		return true
	}
	// "a category four hurricane", "a Category 5 storm": a storm's
	// category, read like a magnitude.
	if k := c.n.i - 1; k >= 0 && (t[k].text == "category" || t[k].text == "-" && k > 0 && t[k-1].text == "category") && c.hi == nil && c.n.value >= 1 && c.n.value <= 5 && c.n.value == math.Trunc(c.n.value) {
		if t[k].text == "-" {
			k--
		}
		c.i = k
		c.unit = "category"
		s.finish(c, KindQuantity)
		return true
	}
	// "absolute zero" is a temperature: 0 K.
	if c.n.absoluteZero {
		c.unit = "K"
		s.finish(c, KindQuantity)
		return true
	}
	// "a fivefold increase", "10-fold": a multiplier.
	if c.n.fold {
		c.unit = "×"
		s.finish(c, KindQuantity)
		return true
	}
	// "a 65" screen": a double quote against a number that closes no
	// quotation is the inch mark of product copy.
	if c.j < len(t) && t[c.j].raw == "\"" && (!t[c.j].space && (c.j+1 >= len(t) || t[c.j+1].space) || c.j+1 < len(t) && dimensionAdjectiveIDs.has(t[c.j+1].id)) && !quoteOpen(t[:c.j]) {
		c.unit = "in"
		c.j++
		c.numEnd = c.j
		s.finish(c, KindQuantity)
		return true
	}
	// "The quake measured 6.1": a bare one-decimal figure in a sentence
	// about an earthquake is its magnitude.
	if c.hi == nil && t[c.n.i].kind == tokNum && t[c.n.i].decimals == 1 && c.n.value >= 1 && c.n.value < 10 && !c.n.scaled &&
		s.quakeContext() && (c.j >= len(t) || t[c.j].kind != tokWord || t[c.j].class&clsSubjectStop != 0 || contextWords[t[c.j].text]&ctxQuake != 0 ||
		magnitudeVerbs[s.word(c.n.i-1)]) {
		c.unit = "magnitude"
		s.finish(c, KindQuantity)
		if c.subject == "" || c.subject == "quake" || magnitudeVerbs[s.word(c.n.i-1)] {
			c.subject = "earthquake"
		}
		return true
	}
	j := c.j
	hyphen := false
	if j+1 < len(t) && t[j].text == "-" && !t[j].space && !t[j+1].space {
		j++
		hyphen = true
	}
	// "°C", "° F"
	if j < len(t) && t[j].text == "°" {
		if j+1 < len(t) && (t[j+1].raw == "C" || t[j+1].raw == "F") {
			c.unit = map[string]string{"C": "°C", "F": "°F"}[t[j+1].raw]
			c.j, c.numEnd = j+2, j+2
			s.finish(c, KindQuantity)
			return true
		}
		c.unit = "°"
		// "−273.15° on the Celsius scale"
		if s.word(j+1) == "on" && s.word(j+2) == "the" && s.word(j+4) == "scale" {
			if u, ok := unitWords[s.word(j+3)]; ok && (u == "°C" || u == "°F") {
				c.unit = u
				c.j, c.numEnd = j+1, j+1
				s.finish(c, KindQuantity)
				return true
			}
		}
		if s.temperatureContext() {
			c.unit = "°C"
		}
		c.j, c.numEnd = j+1, j+1
		s.finish(c, KindQuantity)
		return true
	}
	if j < len(t) && t[j].text == "magnitude" {
		c.unit = "magnitude"
		c.j, c.numEnd = j+1, j+1
		s.finish(c, KindQuantity)
		return true
	}
	sym, end := matchUnit(s, j)
	unitAt := j
	// "2 1/2 in thick", "The pencil is 2 in.": "in" is inches only where no
	// noun phrase follows it.
	if sym == "" && s.word(j) == "in" && !hyphen && (j+1 >= len(t) || t[j+1].kind == tokPunct && t[j+1].text != "(" || dimensionAdjectiveIDs.has(t[j+1].id)) {
		sym, end = "in", j+1
	}
	// "20 (kg)": a unit in brackets.
	if sym == "" && j+2 < len(t) && len(t[j].text) == 1 && strings.Contains("([{<", t[j].text) && len(t[j+2].text) == 1 && strings.Contains(")]}>", t[j+2].text) {
		if sym, _ = matchUnit(s, j+1); sym != "" {
			end, unitAt = j+3, j+1
		}
	}
	if sym == "" {
		return false
	}
	// "24703L202", "24703m212": letters between digits make a code.
	if end < len(t) && t[end].kind == tokNum && !t[end].space && len(t[end-1].raw) <= 2 {
		if t[end].text != "2" && t[end].text != "3" {
			return false
		}
	}
	// "km2", "m3": a power written as an attached digit.
	if end < len(t) && t[end].kind == tokNum && !t[end].space && (t[end].text == "2" || t[end].text == "3") {
		if sq, ok := unitWords[t[end-1].text+t[end].text]; ok {
			sym, end = sq, end+1
		}
	}
	// "4km^3", "4 km squared": a power of a length.
	if sq, e := unitPower(s, sym, end); e > end {
		sym, end = sq, e
	}
	// One-letter units must touch the number: "7m", "41.3C" — except the
	// few that are no word nor scale ("278,000 t", "3 to 4 L", "1500 b").
	u := t[unitAt]
	if len(u.raw) == 1 && end == unitAt+1 && (u.space || hyphen) && u.raw != "C" && u.raw != "F" && unitAt == j && !spacedLetterUnit(s, unitAt) {
		return false
	}
	if (u.raw == "C" || u.raw == "F" || u.raw == "c" || u.raw == "f") && u.space && !spacedTemperature(s, unitAt) {
		return false
	}
	// "13F filing", "14.7C/ share", "11c": a form's name or cents — unless
	// the sentence speaks of heat or of the climate and the letter touches
	// the number: "the 1.5C temperature target", "1.48c hotter", "above
	// 1.5c" (a lower-case f stays a letter).
	warm := u.raw == "C" || u.raw == "c"
	warm = warm && !u.space && s.context()&(ctxTemperature|ctxClimate) != 0 && !s.pricedPer(end)
	if (u.raw == "C" || u.raw == "F") && end < len(t) && !warm {
		if nx := &t[end]; nx.text == "/" || nx.kind == tokWord && !temperatureFollowerIDs.has(nx.id) {
			return false
		}
	}
	if u.raw == "f" || u.raw == "c" && !warm {
		return false
	}
	if u.raw == "c" && s.moneyContext() {
		c.conf = 0.6 // "cost" beside "warmer": cents or degrees, not sure
	}
	if sym == "°" && s.temperatureContext() {
		sym = "°C"
	}
	// "the main tremor at 7.8 degrees", "measuring 7.4 degrees": copy
	// translated from Turkish, Arabic or Persian gives an earthquake's
	// magnitude in degrees; no angle of a quake is that small a figure.
	if sym == "°" && s.quakeContext() && c.n.value < 10 && !c.n.scaled {
		sym = "magnitude"
	}
	if sym == "lb" && u.text == "pounds" {
		sym = "lb"
	}
	// "5 ft 2 in", "5 feet and 2 inches", "3 lb 4 oz": a smaller unit of
	// the same measure completes the figure.
	if small, ok := compoundUnits[sym]; ok && c.hi == nil {
		k := end
		if s.word(k) == "and" {
			k++
		}
		if n, ok := parseNumberAt(t, min(k, len(t)-1)); k < len(t) && ok && !n.ordinal && !n.share && n.value >= 0 {
			if sym2, end2 := matchUnitLoose(s, n.j); sym2 == small.unit {
				c.n.value += n.value * small.factor
				end = end2
			}
		}
	}
	c.unit = sym
	c.j, c.numEnd = end, end
	if u.raw == "b" {
		// "a 9000b frame": bits, most likely, but a "b" may be a billion.
		c.conf = 0.6
	}
	s.finish(c, KindQuantity)
	return true
}

// pricedPer reports a price per thing after a figure ending before token
// k: "75c a litre", "11c per share", "14.7C/ share" — cents, not degrees.
func (s *sent) pricedPer(k int) bool {
	switch s.word(k) {
	case "/", "per", "each":
		return true
	case "a", "an":
		return k+1 < len(s.toks) && s.toks[k+1].kind == tokWord && !temperatureFollowerIDs.has(s.toks[k+1].id)
	}
	return false
}

// quoteOpen reports whether a double quotation mark is open at the end of
// toks: an odd number of them.
func quoteOpen(toks []token) bool {
	open := false
	for k := range toks {
		if toks[k].text == "\"" {
			open = !open
		}
	}
	return open
}

// spacedLetterUnit reports a one-letter unit that may stand apart from its
// number: tonnes, litres, grams, which no other reading takes ("278,000 t",
// "4 L of wine"); a "b" (bits) only at the end of a clause.
func spacedLetterUnit(s *sent, k int) bool {
	if k+1 < len(s.toks) && !s.toks[k+1].space && s.toks[k+1].kind != tokPunct {
		return false // "24703 L202": a code
	}
	if k+1 < len(s.toks) && !s.toks[k+1].space && s.toks[k+1].text == "-" {
		return false // "24703 L-202"
	}
	switch s.toks[k].raw {
	case "t", "L", "g":
		return true
	case "b":
		return k+1 >= len(s.toks) || s.toks[k+1].kind == tokPunct
	case "m":
		// "a crater 10 m across", "5 m deep": metres before a dimension.
		if k+1 < len(s.toks) && dimensionAdjectiveIDs.has(s.toks[k+1].id) {
			return true
		}
		// "12 m 2 dm", "1 m 80 cm": metres before a smaller length.
		if k+2 < len(s.toks) && s.toks[k+1].kind == tokNum {
			if sym, ok := unitWordIDs.get(s.toks[k+2].id); ok && isLengthUnit(sym) && unitDimensionFactor(sym) < 1 {
				return true
			}
		}
	}
	return false
}

// spacedTemperature reports a C or F apart from its number that is a
// temperature: at the end of a clause or before a word that may follow one
// ("30 C outside").
func spacedTemperature(s *sent, k int) bool {
	if k+1 >= len(s.toks) {
		return true
	}
	nx := &s.toks[k+1]
	return nx.kind == tokPunct && nx.text != "(" && nx.text != "-" || nx.kind == tokWord && temperatureFollowerIDs.has(nx.id)
}

// unitPower reads the power of a length unit written after it: "km^3",
// "km^2", "km squared", "km cubed". It returns the unit of area or volume
// and the token after the power, or end when there is none.
func unitPower(s *sent, sym string, end int) (string, int) {
	if !isLengthUnit(sym) || end >= len(s.toks) {
		return sym, end
	}
	t := s.toks
	p := ""
	e := end
	switch {
	case t[end].text == "^" && !t[end].space && end+1 < len(t) && !t[end+1].space && (t[end+1].text == "2" || t[end+1].text == "3"):
		p, e = t[end+1].text, end+2
	case t[end].text == "squared":
		p, e = "2", end+1
	case t[end].text == "cubed":
		p, e = "3", end+1
	}
	if p == "" {
		return sym, end
	}
	if _, ok := units[sym+p]; !ok {
		return sym, end
	}
	return sym + p, e
}

// compoundUnits pairs a unit with the smaller unit that may complete it, and
// how many of the larger one the smaller is.
var compoundUnits = map[string]struct {
	unit   string
	factor float64
}{
	"ft": {"in", 1.0 / 12}, "lb": {"oz", 1.0 / 16}, "st": {"lb", 1.0 / 14}, "m": {"cm", 0.01}, "kg": {"g", 0.001},
}

// matchUnitLoose is matchUnit that also reads "in" as inches, which only a
// compound ("5 ft 2 in") allows.
func matchUnitLoose(s *sent, j int) (string, int) {
	if s.word(j) == "in" {
		return "in", j + 1
	}
	return matchUnit(s, j)
}

// unitIndex maps the first word of each unit spelling to its spellings,
// longest first, so that a unit is matched token by token with no joining.
var unitIndex = func() map[string][]unitSpelling {
	m := map[string][]unitSpelling{}
	for k := range unitWords {
		ws := strings.Fields(k)
		m[ws[0]] = append(m[ws[0]], unitSpelling{words: ws, sym: unitWords[strings.Join(ws, " ")]})
	}
	for k, v := range m {
		// Longest first; ties in a fixed order for determinism.
		for a := 1; a < len(v); a++ {
			for b := a; b > 0 && (len(v[b].words) > len(v[b-1].words) || len(v[b].words) == len(v[b-1].words) && strings.Join(v[b].words, " ") < strings.Join(v[b-1].words, " ")); b-- {
				v[b], v[b-1] = v[b-1], v[b]
			}
		}
		m[k] = v
	}
	return m
}()

// unitSpelling is a unit's spelling in words and its symbol (unitWords).
type unitSpelling struct {
	words []string
	sym   string
}

// matchUnit finds the longest unit spelling at token j, trying the token's
// case-sensitive form (MB, Mb) before its lower-case form.
func matchUnit(s *sent, j int) (string, int) {
	if j >= len(s.toks) || s.toks[j].kind != tokWord && s.toks[j].text != "°" {
		return "", j
	}
	// "4e14 s-1": per second, hertz.
	if j+2 < len(s.toks) && s.toks[j].text == "s" && s.toks[j+1].text == "-" && s.toks[j+2].text == "1" && !s.toks[j+1].space && !s.toks[j+2].space {
		return "Hz", j + 3
	}
	// "km/h", "m/s": a unit, a slash, a unit.
	if j+2 < len(s.toks) && s.toks[j+1].text == "/" && !s.toks[j+1].space {
		if sym, ok := unitWords[s.toks[j].text+"/"+s.toks[j+2].text]; ok {
			return sym, j + 3
		}
		// "5.8 l/100km": fuel use per hundred kilometres.
		if s.toks[j].text == "l" && j+3 < len(s.toks) && s.toks[j+2].text == "100" && s.toks[j+3].text == "km" && !s.toks[j+3].space {
			return "l/100km", j + 4
		}
	}
	// A word's text is its lower-cased raw form: a word whose text no
	// unit spelling starts with, in any case, starts none.
	tk := &s.toks[j]
	firsts := []string{tk.raw, tk.text}
	if tk.kind == tokWord && !unitFirstsLower.has(tk.id) {
		firsts = nil
	}
	for _, first := range firsts {
		for _, us := range unitIndex[first] {
			ws := us.words
			// Words of the unit follow one another, or are joined by
			// hyphens: "square kilometres", "75-square-metre".
			k, ok := j+1, true
			for x := 1; ok && x < len(ws); x++ {
				if k+1 < len(s.toks) && s.toks[k].text == "-" && !s.toks[k].space {
					k++
				}
				if k >= len(s.toks) || s.toks[k].text != ws[x] {
					ok = false
				}
				k++
			}
			if ok {
				return us.sym, k
			}
		}
	}
	// "km/h", "m/s": a unit, a slash, a unit.
	if j+2 < len(s.toks) && s.toks[j+1].text == "/" {
		if sym, ok := unitWords[s.toks[j].text+"/"+s.toks[j+2].text]; ok {
			return sym, j + 3
		}
	}
	return "", j
}

// quakeContext reports whether the sentence is about an earthquake.
func (s *sent) quakeContext() bool { return s.context()&ctxQuake != 0 }

// temperatureContext reports whether the sentence speaks of heat or cold,
// so that bare "degrees" are degrees Celsius rather than an angle.
func (s *sent) temperatureContext() bool { return s.context()&ctxTemperature != 0 }

// context scans the sentence once for the words that set its contexts
// (contextWords) and remembers the answer: rules ask per figure, and a
// long sentence with many figures must not be read again for each.
func (s *sent) context() uint8 {
	if !s.ctxRead {
		for k := range s.toks {
			s.ctx |= contextWordIDs.at(s.toks[k].id)
		}
		s.ctxRead = true
	}
	return s.ctx
}

// temperatureFollowers may follow an attached C or F temperature: "41.3C
// in Seville", "40C on Tuesday"; any other word makes it a name (13F filing).
var temperatureFollowers = map[string]bool{
	"in": true, "on": true, "at": true, "and": true, "or": true, "as": true, "by": true, "for": true,
	"with": true, "to": true, "from": true, "while": true, "yesterday": true, "today": true,
	"overnight": true, "last": true, "this": true, "inside": true, "outside": true, "during": true,
	"across": true, "earlier": true, "but": true, "than": true, "before": true, "after": true,
	"when": true, "where": true, "which": true, "degrees": true, "in the": true, "(": true,
	// "the previous record of 38.7C was provisionally met": a verb after it
	"was": true, "were": true, "is": true, "are": true, "has": true, "had": true, "have": true,
	"stood": true, "stands": true, "set": true, "will": true, "would": true, "could": true, "may": true,
	"remains": true, "remained": true, "became": true,
}

// durationRule reads spans of time (three weeks, a 10-year sentence) and
// ages (a 34-year-old man, aged 34).
type durationRule struct{}

func (durationRule) Name() string { return "duration" }

func (durationRule) Apply(s *sent, c *cand) bool {
	if c.n.ordinal || c.n.share {
		return false
	}
	t := s.toks
	// "in his 70s", "a woman in her early 80s", "pilgrims in their 60s": a
	// decade of life, an age between its ends.
	if lo, hi, first, end, ok := lifeDecade(s, c); ok {
		h := c.n
		c.n.value, h.value = lo, hi
		c.hi = &h
		c.i, c.j, c.numEnd = first, end, end
		c.unit = "year"
		s.finish(c, KindAge)
		return true
	}
	// "children under five", "people over 70": an age limit.
	if p := s.word(c.i - 1); (p == "under" || p == "over" || p == "below" || p == "above") && personNouns[s.word(c.i-2)] && c.n.value < 130 && !c.n.scaled {
		if next := s.word(c.j); next == "" || s.toks[c.j].kind == tokPunct || subjectStops[next] || isPastVerb(next) || strings.HasSuffix(next, "ed") {
			c.unit = "year"
			s.finish(c, KindAge)
			if c.subject == "" {
				c.subject = s.word(c.i - 1)
			}
			return true
		}
	}
	// "Kazuo Ueda, 72, said", "Georgina Callander, 18, of Lancashire",
	// "John Atkinson, 28.": an age in apposition to a person's name
	if s.apposedAge(c) {
		c.unit = "year"
		s.finish(c, KindAge)
		c.subject = s.apposedName(c.n.i - 2)
		return true
	}
	// "an 87 yo man", "87 y.o."
	if w := s.word(c.j); (w == "yo" || w == "y.o.") && c.n.value < 130 {
		c.unit = "year"
		c.j, c.numEnd = c.j+1, c.j+1
		s.finish(c, KindAge)
		return true
	}
	// "He was 54.", "she is 31,": a person's bare number after a copula
	if p := s.word(c.i - 1); (p == "was" || p == "is") && personPronouns[s.word(c.i-2)] && c.n.plainInt && c.n.value < 130 &&
		(c.j >= len(t) || t[c.j].kind == tokPunct) {
		c.unit = "year"
		s.finish(c, KindAge)
		return true
	}
	// "aged 34", "age 34", "aged just 17", "at the age of 17"
	if ageIntroduced(s, c.i) && c.n.value < 130 {
		c.unit = "year"
		// "under the age of 5", "over the age of 65": a hedge before the
		// phrase bounds the age, and the phrase is the figure's text.
		i := c.i
		h := -1
		if k := agePhraseStart(s, c.i); k > 0 {
			if _, h = matchBefore(s, k, boundsBeforeByLast); h >= 0 {
				c.i = k
			}
		}
		s.finish(c, KindAge)
		if h >= 0 && c.i == h && c.subject == "" && personNouns[s.word(h-1)] {
			c.subject = s.word(h - 1) // "children under the age of 5"
		} else if h >= 0 && c.i != h {
			c.i = i // "handed over the age of 5": no hedge after all
		}
		return true
	}
	// "aged under 5", "aged over 65": the hedge between.
	if _, h := matchBefore(s, c.i, boundsBeforeByLast); h > 0 && c.n.value < 130 && c.hi == nil {
		if w := s.word(h - 1); w == "aged" || w == "ages" {
			c.unit = "year"
			s.finish(c, KindAge)
			if c.subject == "" && personNouns[s.word(h-2)] {
				c.subject = s.word(h - 2)
			}
			return true
		}
	}
	j := c.j
	hyphen := false
	if j+1 < len(t) && t[j].text == "-" && !t[j].space {
		j++
		hyphen = true
	}
	if j >= len(t) {
		return false
	}
	// "31 straight days", "two more weeks"
	if durationAdjectiveIDs.has(t[j].id) && !hyphen && j+1 < len(t) {
		if _, ok := durationUnitIDs.get(t[j+1].id); ok {
			j++
		}
	}
	unit, ok := durationUnitIDs.get(t[j].id)
	if !ok {
		return false
	}
	end := j + 1
	// "34-year-old", "34 years old"
	if unit == "year" || unit == "month" || unit == "week" || unit == "day" {
		if end+1 < len(t) && t[end].text == "-" && t[end+1].text == "old" {
			c.unit = unit
			c.j, c.numEnd = end+2, end+2
			s.finish(c, KindAge)
			return true
		}
		// "the 39-year old Macron": a hyphen and a spaced "old" before a
		// person (a "10-year old building" is an old building)
		personAfter := end+1 < len(t) && t[end+1].kind == tokWord && (t[end+1].upper || personNouns[t[end+1].text] || singularPersonNouns[t[end+1].text])
		if end < len(t) && t[end].text == "old" && (!hyphen || personAfter) {
			c.unit = unit
			c.j, c.numEnd = end+1, end+1
			s.finish(c, KindAge)
			return true
		}
	}
	if y := spanYears[unit]; y > 0 {
		c.multiply(y)
		unit = "year"
	}
	c.unit = unit
	c.j, c.numEnd = end, end
	s.finish(c, KindDuration)
	return true
}

// personPronouns before "was 54." make the number an age.
var personPronouns = map[string]bool{"he": true, "she": true}

// lifeDecade reads "in his 70s", "in her early 80s", "in their mid-60s":
// the decade's ends (early the first third of it, mid the middle, late the
// last), the figure's first token (the part's word, when one is said) and
// the token after it.
func lifeDecade(s *sent, c *cand) (lo, hi float64, first, end int, ok bool) {
	t := s.toks
	v := c.n.value
	if !c.n.plainInt || c.n.scaled || v < 10 || v > 110 || math.Mod(v, 10) != 0 || c.n.j >= len(t) || t[c.n.j].text != "s" || t[c.n.j].space {
		return 0, 0, 0, 0, false
	}
	k := c.n.i - 1
	lo, hi = v, v+9
	if k >= 1 && t[k].text == "-" && !t[k].space {
		k-- // "mid-60s"
	}
	first = c.n.i
	if part, ok := decadeParts[s.word(k)]; ok {
		lo, hi = v+part[0], v+part[1]
		first = k
		k--
	}
	if !lifeDecadeOwners[s.word(k)] || s.word(k-1) != "in" {
		return 0, 0, 0, 0, false
	}
	return lo, hi, first, c.n.j + 1, true
}

// decadeParts are the parts of a decade of life: early, mid, late.
var decadeParts = map[string][2]float64{"early": {0, 3}, "mid": {3, 6}, "late": {6, 9}}

// lifeDecadeOwners are the possessives of "in his 70s".
var lifeDecadeOwners = map[string]bool{"his": true, "her": true, "their": true}

// personNouns before "under five" or "over 70" make the figure an age.
var personNouns = map[string]bool{
	"children": true, "people": true, "adults": true, "those": true, "men": true, "women": true,
	"kids": true, "girls": true, "boys": true, "patients": true, "residents": true, "anyone": true,
	"pensioners": true, "voters": true, "drivers": true, "workers": true, "infants": true,
}

// singularPersonNouns are people an age before them is of: "a 39-year old
// man".
var singularPersonNouns = map[string]bool{
	"man": true, "woman": true, "boy": true, "girl": true, "child": true, "person": true,
	"resident": true, "driver": true, "teenager": true, "student": true, "worker": true, "mother": true, "father": true,
}

// unitDays is the length in days of each canonical unit of time.
var unitDays = map[string]float64{
	"year": 365.25, "month": 30.4375, "week": 7, "day": 1, "hour": 1.0 / 24, "minute": 1.0 / 1440,
	"second": 1.0 / 86400, "decade": 3652.5, "century": 36525,
}

// durationAdjectives may stand between a number and its unit of time.
var durationAdjectives = map[string]bool{
	"straight": true, "consecutive": true, "more": true, "full": true, "whole": true,
	"successive": true, "additional": true, "further": true, "long": true, "extra": true,
}

// countRule makes any other number a count of the noun that follows it.
type countRule struct{}

func (countRule) Name() string { return "count" }

func (countRule) Apply(s *sent, c *cand) bool {
	if c.n.ordinal {
		return false
	}
	s.finish(c, KindCount)
	if c.n.share {
		c.kind = KindPercent
		c.unit = "%"
	}
	// A bare "one" counts only with an event: "one man was killed", not
	// "one option".
	if c.n.bareOne && c.event == "" && !s.listedPlaceCount(c) {
		c.kind = ""
		return true
	}
	// "75c a litre", "11c": a letter against the number is a unit or a
	// coin the rules did not read, never a counted noun.
	// "in the 40s": a decade's s, read as no decade of life or of years,
	// is no counted noun either.
	if k := c.n.j; k < len(s.toks) && (strayUnitLetter(s, k) || s.toks[k].text == "s" && !s.toks[k].space && c.n.plainInt) {
		c.subject = strings.TrimLeft(strings.TrimPrefix(c.subject, s.toks[k].raw), " ")
		c.conf = 0.6
	}
	if c.subject == "" {
		c.conf = 0.6
	}
	return true
}

// listedPlaceCount reports a bare "one" that ends a list of counts by
// place: "43 in Puebla, three in Guerrero and one in Oaxaca". After "and"
// or a comma, before "in" or "from" and a name, it is the list's last
// count, not the indefinite "one" ("one in five", "one of the officials").
func (s *sent) listedPlaceCount(c *cand) bool {
	k := c.n.j
	if prev := s.word(c.n.i - 1); prev != "and" && prev != "," {
		return false
	}
	if w := s.word(k); w != "in" && w != "from" || k+1 >= len(s.toks) || !s.toks[k+1].upper {
		return false
	}
	for p := c.n.i - 2; p >= 0 && p >= c.n.i-12; p-- {
		t := &s.toks[p]
		if (t.kind == tokNum || isNumberID(t.id)) && (s.word(p+1) == "in" || s.word(p+1) == "from") {
			return true
		}
	}
	return false
}

// apposedAge reports a whole number under 120 set off by a comma after a
// name and closed by a comma, a full stop, a semicolon or a bracket: news
// style for a person's age ("Stephen Paddock, 64, of Mesquite"). The
// name's last word is capitalised, neither an acronym ("the SNP, 48") nor
// a word of dates ("March, 12").
func (s *sent) apposedAge(c *cand) bool {
	n := c.n
	t := s.toks
	p := n.i - 1
	// digits, or a number word ("Saffie Rose Roussos, eight"), not "one"
	word := !n.digits && n.j == n.i+1 && !n.bareOne && !n.share && !n.ordinal && n.value == math.Trunc(n.value)
	if !(n.plainInt && n.digits || word) || n.value < 1 || n.value >= 120 || c.hi != nil || p < 1 || t[p].text != "," {
		return false
	}
	w := &t[p-1]
	if w.kind != tokWord || !w.upper || w.allUpper || w.class&clsDate != 0 || weekdayIDs.at(w.id) > 0 || monthIDs.at(w.id) > 0 {
		return false
	}
	if n.j < len(t) {
		switch t[n.j].text {
		case ",", ".", ";", ")":
		default:
			return false
		}
	}
	return true
}

// apposedName is the name an apposed age follows, its capitalised words
// back from token k: "Stephen Paddock".
func (s *sent) apposedName(k int) string {
	i := k
	for i > 0 && s.toks[i-1].kind == tokWord && s.toks[i-1].upper && i > k-3 {
		i--
	}
	words := make([]string, 0, k-i+1)
	for j := i; j <= k; j++ {
		words = append(words, s.toks[j].raw)
	}
	return strings.Join(words, " ")
}

// strayUnitLetter reports a single letter written against the number before
// it ("75c", "13F"), which the unit rules have not read as a unit.
func strayUnitLetter(s *sent, k int) bool {
	tk := &s.toks[k]
	return k > 0 && tk.kind == tokWord && len(tk.raw) == 1 && !tk.space && s.toks[k-1].kind == tokNum && tk.raw != "s" && tk.raw != "S"
}

// isCodeUpper reports whether s upper-cased is a currency code,
// currencyCodes[strings.ToUpper(s)] without upper-casing into a new string
// when s is three ASCII bytes: it is asked of many short words near a
// figure.
func isCodeUpper(s string) bool {
	if len(s) == 3 && s[0] < utf8.RuneSelf && s[1] < utf8.RuneSelf && s[2] < utf8.RuneSelf {
		var b [3]byte
		for i := range b {
			c := s[i]
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			b[i] = c
		}
		return currencyCodes[string(b[:])]
	}
	return currencyCodes[strings.ToUpper(s)]
}

// currencyDimensions are the dimensions of the currency codes, made once:
// setBase names one for every fact of money.
var currencyDimensions = func() map[string]string {
	m := make(map[string]string, len(currencyCodes))
	for code := range currencyCodes {
		m[code] = "currency:" + code
	}
	return m
}()

// currencyDimension returns the dimension of money in unit: "currency:USD".
func currencyDimension(unit string) string {
	if d, ok := currencyDimensions[unit]; ok {
		return d
	}
	return "currency:" + unit
}

// unitOf returns the definition of the unit symbol sym, as units[sym]
// would, by its word ID: the rules ask a quantity's unit its dimension
// several times, and a map lookup hashes the symbol each time.
func unitOf(sym string) (unitDef, bool) { return unitDefIDs.get(idOf(sym)) }

// unitDimension is units[sym].dimension.
func unitDimension(sym string) string {
	u, _ := unitOf(sym)
	return u.dimension
}

// isLengthUnit reports a unit of length: "km", "mi", "ft".
func isLengthUnit(sym string) bool { return unitDimension(sym) == "length" }

// unitDimensionFactor is units[sym].factor: what one sym is in the
// dimension's base unit.
func unitDimensionFactor(sym string) float64 {
	u, _ := unitOf(sym)
	return u.factor
}

// setBase fills the dimension and base-unit values of a fact with a unit.
func setBase(f *Fact, vals *[3]float64) {
	var dim, base string
	factor, offset := 1.0, 0.0
	switch f.Kind {
	case KindQuantity:
		u, ok := unitOf(f.Unit)
		if !ok {
			return
		}
		dim, factor, offset = u.dimension, u.factor, u.offset
		base = baseUnits[dim]
	case KindDuration, KindAge:
		dim, base, factor = "duration", "day", unitDays[f.Unit]
		if f.Kind == KindAge {
			dim = "age"
		}
	case KindMoney:
		dim, base = currencyDimension(f.Unit), f.Unit
	case KindPercent:
		switch f.Unit {
		case "bp":
			dim, base, factor = "points", "pp", 0.01
		case "pp":
			dim, base = "points", "pp"
		default:
			dim, base = "percent", "%"
		}
	default:
		return
	}
	f.Dimension, f.BaseUnit = dim, base
	conv := func(i int, p *float64) *float64 {
		if p == nil {
			return nil
		}
		vals[i] = *p*factor + offset
		return &vals[i]
	}
	f.BaseValue, f.BaseLow, f.BaseHigh = conv(0, f.Value), conv(1, f.Low), conv(2, f.High)
}

// UnitBase tells how a canonical unit converts to its dimension's base
// unit: base = value*factor + offset. It knows the units of quantities
// (km → m, °F → °C), of time (week → day) and of percents (bp → pp; % stays
// apart from pp). Currencies do not convert. ok is false for an unknown unit.
func UnitBase(unit string) (dimension, base string, factor, offset float64, ok bool) {
	switch unit {
	case "%":
		return "percent", "%", 1, 0, true
	case "pp":
		return "points", "pp", 1, 0, true
	case "bp":
		return "points", "pp", 0.01, 0, true
	}
	if u, ok := units[unit]; ok {
		return u.dimension, baseUnits[u.dimension], u.factor, u.offset, true
	}
	if d, ok := unitDays[unit]; ok {
		return "duration", "day", d, 0, true
	}
	return "", "", 0, 0, false
}

// UnitWords lists every word the extractor reads as (part of) a unit:
// "kilometres", "km", "hectares", "barrels", "percentage", "points"… A
// subject word among them names the measure, not the thing measured.
func UnitWords() []string {
	seen := map[string]bool{}
	var out []string
	add := func(phrase string) {
		for _, w := range strings.Fields(strings.ToLower(phrase)) {
			if !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	for k := range unitWords {
		if !strings.Contains(k, " ") { // "barrels of oil a day" would make "oil" a unit
			add(k)
		}
	}
	for k := range durationUnits {
		add(k)
	}
	for _, p := range percentWords {
		add(strings.Join(p.words, " "))
	}
	sort.Strings(out)
	return out
}

// agePhraseStart returns the first token of "the age of" before token i
// ("the age of 5", "the age of just 12"), or -1.
func agePhraseStart(s *sent, i int) int {
	k := i - 1
	if w := s.word(k); w == "just" || w == "only" {
		k--
	}
	if s.word(k) == "of" && s.word(k-1) == "age" && s.word(k-2) == "the" {
		return k - 2
	}
	return -1
}

// ageIntroduced reports whether the words before token i introduce an age:
// "aged", "age", "ages", or "age of", past one focus adverb ("aged just
// 17", "at the age of only 12").
func ageIntroduced(s *sent, i int) bool {
	k := i - 1
	if w := s.word(k); w == "just" || w == "only" {
		k--
	}
	switch s.word(k) {
	case "aged", "age", "ages":
		return true
	case "of":
		return s.word(k-1) == "age"
	case "to", "from":
		// "raise the retirement age from 62 to 64", "lower the voting
		// age to 16": the age a change moves, 64 as well as 62
		if s.word(k-1) == "age" {
			return true
		}
		// the other end: "from 62 to 64", "to 64 from 62"
		other := map[string]string{"to": "from", "from": "to"}[s.word(k)]
		return k >= 3 && s.toks[k-1].kind == tokNum && s.word(k-2) == other && s.word(k-3) == "age"
	}
	return false
}
