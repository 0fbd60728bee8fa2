package facts

import (
	"slices"
	"strings"
)

// subject finds what the figure counts or measures and the event it is
// part of: the noun phrase after the number (25 people), its of-phrase (19%
// of Ukrainian territory), the event around it (killed 25 people, 25 were
// killed, the death toll rose to 31), or for a rate the thing that rose or
// fell (inflation rose 3%).
func (s *sent) subject(c *cand) {
	switch c.kind {
	case KindDate:
		return
	}
	// "40 km north of the city", "two miles from the airport": a distance
	// that places something is said of the noun right before it, if any
	// ("its epicentre 72 km south-west of"); after a verb, of nothing.
	if c.kind == KindQuantity && isLengthUnit(c.unit) && s.placesAfter(c.j) {
		c.subject = s.apposedNoun(c.i)
		return
	}
	if c.kind == KindQuantity {
		// "a crater 10 m across", "a wall 3 m high": the noun right
		// before a measure of size is what it measures.
		if dimensionWordIDs.has(s.id(c.j)) {
			if np := s.apposedNoun(c.i); np != "" {
				c.subject = np
				return
			}
		}
		// "at about 1,800 metres in altitude"
		if s.word(c.j) == "in" && dimensionNounIDs.has(s.id(c.j+1)) {
			c.subject = s.word(c.j + 1)
			return
		}
	}
	np, npEnd := s.nounPhraseAfter(c.numEnd, c.kind)
	// "the 300-metre-long vessel", "a 1.6 mile-long bridge": a measure
	// made an adjective by its dimension qualifies the noun after it.
	attributive := s.attributiveFigure(c)
	if c.kind == KindQuantity && np == "" && s.word(c.numEnd) == "-" && dimensionWordIDs.has(s.id(c.numEnd+1)) &&
		c.numEnd+2 < len(s.toks) && !s.toks[c.numEnd].space && !s.toks[c.numEnd+1].space {
		np, npEnd = s.nounPhraseAfter(c.numEnd+2, c.kind)
		attributive = true
	}
	if c.kind == KindMoney && c.numEnd < len(s.toks) && s.toks[c.numEnd].allUpper && currencyCodeRaw.at(&s.toks[c.numEnd]) {
		np, npEnd = s.nounPhraseAfter(c.numEnd+1, c.kind) // "$2.6 billion USD in cash"
	}
	if c.kind != KindOrdinal && !attributive {
		np = dropStray(np) // "the first time" is a time; "its 800-year history" is a history
	}
	// "an 11% rise in quarterly revenue", "a 4.2% fall in first-half
	// sales": the change is said of what rose or fell, after "in"
	if changeNouns[np] && c.kind != KindCount && s.word(npEnd) == "in" {
		if what, _ := s.nounPhraseAfter(npEnd+1, c.kind); what != "" {
			np = what
		}
	}
	event := ""
	if c.kind == KindCount {
		np, event = s.countSubject(c, np, npEnd)
		// "a county with a population of about 400,000 people": the
		// people are the population, which another report gives bare
		// ("Ludian has a population of around 265,900")
		if event == "" && (np == "" || personNounIDs.has(idOf(np))) && s.word(c.i-1) == "of" && populationNouns[s.word(c.i-2)] {
			np = s.word(c.i - 2)
		}
		// "More than 30 nationalities are among the dead": a count of
		// the countries people come from is no count of the people, and
		// what befell them is not its event
		if event != "" && peopleEvents[event] && originNouns[np] {
			event = ""
		}
	}
	// "€121m, a record fee": an apposition names what the amount is.
	if np == "" && c.kind == KindMoney && s.word(c.j) == "," && (s.word(c.j+1) == "a" || s.word(c.j+1) == "an") {
		np, _ = s.nounPhraseAfter(c.j+2, c.kind)
		np = dropStray(np)
	}
	if np == "" && c.kind != KindCount && c.kind != KindOrdinal && c.kind != KindDuration && c.kind != KindAge {
		np = s.clauseNounBefore(c.i)
	}
	// "Crude oil passes $94 a barrel", "Brent rose to a record $90.63": a
	// price is said of the clause's subject, across the verb of motion.
	if np == "" && c.kind == KindMoney {
		np = s.priceSubject(c.i)
	}
	// "the incubation period is 21 days": a span said of a noun through
	// a copula is that noun's length.
	if np == "" && c.kind == KindDuration && copulaIDs.has(s.id(c.i-1)) && !(s.word(c.i-1) == "of" && sizeNounIDs.has(s.id(c.i-2))) {
		np = s.clauseNounBefore(c.i)
	}
	// "This runoff is the first since 1979": an ordinal with no noun,
	// said of the clause's subject.
	if np == "" && c.kind == KindOrdinal && s.word(c.i-1) == "the" && copulaIDs.has(s.id(c.i-2)) && s.word(c.i-2) != "of" {
		np = s.clauseNounBefore(c.i - 1)
	}
	if c.kind == KindAge && np == "" {
		np = s.nounPhraseBefore(c.i)
	}
	if np == "" && event == "" {
		np = s.estimatedNoun(c.i)
	}
	// "the final attendance figure was 216,400", "the touring party
	// numbered 18", "arrivals by sea now total 42,100": a count said of a
	// noun through a copula or a verb of total is that noun's size.
	if np == "" && event == "" && c.kind == KindCount && countCopulaIDs.has(s.id(c.i-1)) && s.word(c.j) != "of" {
		k := c.i - 1
		for k > 0 && (copulaAdverbIDs.has(s.id(k-1)) || isAdverb(s.word(k-1))) {
			k-- // "therefore numbered", "now total"
		}
		np = dropStray(s.npBefore(k, false))
	}
	// "Turnout: 64%", "Arrests: 47", "Evacuations: nearly 16,000 people":
	// a label that opens the line names what the figure right after it
	// measures, or the event of what it counts.
	if label := s.lineLabel(c.i); label != "" {
		switch ev := eventWords[singular(label)]; {
		case np == "" && event == "":
			np = label
			if canonicalEvents[eventWords[label]] {
				np, event = "", eventWords[label]
			}
		case event == "" && c.kind == KindCount && canonicalEvents[ev]:
			event = ev
		}
	}
	c.event = event
	switch {
	case np != "" && event != "" && !strings.HasSuffix(np, event) && !namesEvent(np, event) && !outputEvents[event]:
		c.subject = s.joinText(np, " ", event)
	case np != "":
		c.subject = np
	default:
		c.subject = event
	}
}

// lineLabel reads the label that opens a sentence and ends in a colon
// right before token i: up to three words, none a figure ("Turnout:",
// "Net profit:", "The fee:"), in lower case. A name is no label but the
// figure's scope ("Free Voters: 15.8%", "AfD: 14.6%", actor reads it).
func (s *sent) lineLabel(i int) string {
	colon := i - 1
	from := s.lineStart()
	// "(Case fatality rate: 31%)": a label opens a bracket too
	for k := colon - 1; k > from && k >= colon-4; k-- {
		if s.word(k) == "(" {
			from = k + 1
			break
		}
	}
	if s.word(colon) != ":" || colon < from+1 || colon > from+7 {
		return ""
	}
	if determinerIDs.has(s.id(from)) {
		from++
	}
	// up to three words, a hyphened word one ("Battery-electric vehicles:")
	groups := 0
	for k := from; k < colon; k++ {
		t := &s.toks[k]
		if s.labelHyphen(k, from, colon) {
			continue
		}
		if t.kind != tokWord || t.class&clsDate != 0 || k > from && t.upper {
			return ""
		}
		if !s.labelHyphen(k-1, from, colon) {
			groups++
		}
	}
	// in a bracket an acronym is a measure's ("(CFR: 24.2%)"); at a
	// line's start most often a party's
	bracket := from > 0 && s.word(from-1) == "("
	if groups > 3 || from == colon || s.toks[from].allUpper && !bracket || scopeWordIDs.has(s.id(from)) || !bracket && s.w.nameInside(s.toks[from].raw) {
		return "" // "SPD:", "Yes:", "Greens:" (the text says "the Greens won")
	}
	var b strings.Builder
	for k := from; k < colon; k++ {
		if _, n := s.timeAt(k); n > 0 && k > from {
			break // "Cases this year:": the time says when, not what
		}
		switch {
		case s.labelHyphen(k, from, colon):
			b.WriteByte('-')
			continue
		case k > from && !s.labelHyphen(k-1, from, colon):
			b.WriteByte(' ')
		}
		b.WriteString(s.word(k))
	}
	return dropStray(b.String())
}

// labelHyphen reports a hyphen inside a label's word, written with no
// space either side between two of its words ("Battery-electric").
func (s *sent) labelHyphen(k, from, colon int) bool {
	return k > from && k+1 < colon && s.toks[k].text == "-" && !s.toks[k].space && !s.toks[k+1].space &&
		s.toks[k-1].kind == tokWord && s.toks[k+1].kind == tokWord
}

// bullets open a line of a list ("- Deaths: 52", "• China: 1.74 million");
// the label after one is read as at the start of the line.
var bullets = map[string]bool{"-": true, "*": true, "•": true, "–": true, "—": true}

// lineStart is the token where a line's own words start: 1 after a
// bullet, else 0.
func (s *sent) lineStart() int {
	if len(s.toks) > 1 && s.toks[0].kind != tokWord && bullets[s.toks[0].text] {
		return 1
	}
	return 0
}

// nameInside reports whether the text being read writes word, which has a
// capital, with its capital inside a sentence too (after a lower-case
// word or a comma), so that it is a name, or writes it with a capital
// after its first letter ("AfD", "BoE").
func (w *work) nameInside(word string) bool {
	if len(word) < 2 || strings.ToLower(word[1:]) != word[1:] {
		return true
	}
	for at := 0; ; {
		k := strings.Index(w.src[at:], word)
		if k < 0 {
			return false
		}
		k += at
		at = k + len(word)
		if k >= 2 && w.src[k-1] == ' ' && (w.src[k-2] >= 'a' && w.src[k-2] <= 'z' || w.src[k-2] == ',') {
			return true
		}
	}
}

// estimatedNoun reads the noun phrase a verb of estimate puts the figure
// at token i on: "police estimated the crowd at 6,000", "put the number of
// jobs to go at about 2,500" (what is counted follows "the number of"). It
// returns "" for a pronoun ("put it at 15,000"), which shareElidedSubject
// reads, and when no such verb opens the phrase.
func (s *sent) estimatedNoun(i int) string {
	at := i - 1
	if s.word(at) != "at" {
		return ""
	}
	verb := -1
	for k := at - 1; k >= 0 && k >= at-8; k-- {
		t := &s.toks[k]
		if estimateVerbIDs.has(t.id) {
			verb = k
			break
		}
		if t.kind != tokWord && t.text != "'" && t.text != "-" {
			return ""
		}
	}
	from := verb + 1
	if verb < 0 || from >= at {
		return ""
	}
	if determinerIDs.has(s.id(from)) {
		from++
	}
	if sizeNouns[s.word(from)] && s.word(from+1) == "of" {
		from += 2 // "the number of jobs to go"
	}
	if from >= at || from+1 == at && (anaphors[s.word(from)] || sizeNouns[s.word(from)]) {
		return "" // "put it at 15,000", "put the figure at 28"
	}
	end := from + 1
	for end < at && s.toks[end].class&clsSubjectStop == 0 {
		end++ // "the number of jobs to go": what is counted is jobs
	}
	var b strings.Builder
	for k := from; k < end; k++ {
		t := &s.toks[k]
		switch {
		case t.text == "'" || t.text == "-":
			b.WriteString(t.text)
			continue
		case k > from && s.word(k-1) != "'" && s.word(k-1) != "-":
			b.WriteByte(' ')
		}
		b.WriteString(s.subjectWord(k))
	}
	return dropStray(b.String())
}

// countSubject reads the counted noun phrase np (ending at token npEnd) and
// the event of a count: the noun naming the event ("25 deaths"), an event
// word after the noun or before the figure, or a canonical event later in
// the clause the count is the subject of ("180 people on board have died").
func (s *sent) countSubject(c *cand, np string, npEnd int) (string, string) {
	// "a seven-car commuter train": the figure qualifies the noun after.
	if q, qEnd := s.compoundCount(c); q != "" {
		if c.j == c.numEnd {
			c.j = qEnd
		}
		return q, ""
	}
	// "a plane with 121 on board", "170 aboard": the people on it.
	if np == "" {
		if w, end := s.boardWordAt(c.numEnd); w != "" {
			if c.j == c.numEnd {
				c.j = end
			}
			// "killing all 157 on board": the verb before says what
			// befell them
			k := c.i - 1
			if s.word(k) == "all" {
				k--
			}
			if ev, _ := s.eventAt(k); ev != "" && canonicalEvents[ev] && isIngForm(s.word(k)) {
				return "people", ev
			}
			return "people " + w, ""
		}
	}
	// The text takes in the counted noun right after the figure
	// ("at least 25 people", "tens of thousands of people").
	// A model name in the phrase stays out of the text: its digits are no
	// figure ("two F-16 jets").
	if np != "" && npEnd > c.j && c.j == c.numEnd && (s.word(c.j) != "of" || c.n.vague) && !strings.ContainsAny(np, "0123456789") {
		c.j = npEnd
	}
	// "1,500 members of the Red Crescent", "400 rounds of ammunition":
	// the of-phrase says what the counted things are.
	if np != "" && s.word(c.numEnd) != "of" && ofPhraseNounIDs.has(idOf(np)) {
		if of, end := s.ofPhrase(npEnd); of != "" {
			np, npEnd = np+" of "+of, end
		}
	}
	event := ""
	// The noun itself may name the event: "25 deaths", "73 injuries".
	if np != "" {
		head := np[strings.LastIndexByte(np, ' ')+1:]
		id := idOf(head)
		if ev := eventWordIDs.at(id); ev != "" && isEventNoun(head) {
			event = ev
			if head == "lives" && savingVerbs[s.word(c.i-1)] {
				event = "rescued" // "the crew saved 40 lives"
			}
			np = strings.TrimSpace(strings.TrimSuffix(np, head))
			// "one serious injury", "12 minor injuries": what is left
			// only says how bad, and counts nobody
			if np != "" && (s.w.notNoun(np) || severityWords[np]) {
				np = ""
			}
		} else if ev := personEventIDs.at(id); ev != "" {
			event = ev // "15,800 evacuees": people evacuated, so named
		}
	}
	// "rehousing thousands of displaced people, the death toll …": the
	// phrase already says what befell them, before any event after it
	// (a verb before it still says what befell them next: "Shelling
	// killed at least 14 displaced families")
	if event == "" && np != "" {
		if ev := eventInPhrase(np); ev != "" {
			if before := s.eventBefore(c.i); before != "" {
				event = before
			} else {
				return np, ev
			}
		}
	}
	if event == "" {
		// "forty of the 48 drones launched by Russia were intercepted":
		// the 48 were launched; the forty, intercepted.
		// The whole of a partitive: a figure stands before "of the".
		inner := c.i >= 3 && s.is(c.i-1, clsDeterminer) && s.word(c.i-2) == "of" &&
			(s.toks[c.i-3].kind == tokNum || s.toks[c.i-3].class&clsNumber != 0)
		event = s.eventAfter(npEnd, !inner)
		// "six of its nine carriages overturned": the verb is the
		// part's; the whole keeps only a participle with its agent.
		if inner && event != "" && !s.participleWithAgent(npEnd) {
			event = ""
		}
	}
	if event == "" {
		event = s.eventBefore(c.i)
	}
	// "the number of people killed by the floods rose to 211": a level
	// that a count rose to takes the event named earlier in the clause.
	if event == "" && (np == "" || personNounIDs.has(idOf(np))) && (c.role == "to" || c.role == "from") {
		event = s.eventInClause(c.i)
	}
	// "No fewer than six people, four children and a woman are reported
	// to have been killed": the count is the clause's subject and its
	// verb comes later.
	// "20 injured people": the phrase already says what befell them.
	if event == "" {
		if ev := eventInPhrase(np); ev != "" {
			return np, ev
		}
	}
	// "111,481 bodies recovered from rubble": a participle right after
	// the noun says which of them are counted.
	if event == "" && np != "" {
		if p := s.participleAt(npEnd); p != "" {
			return np + " " + p, ""
		}
	}
	if event == "" && np != "bodies" && !c.n.bareOne && s.startsClause(c.i) {
		event = s.eventLater(npEnd)
	}
	// "the death toll stands at 235", "the number of deaths might go up
	// to 200": a bare figure in a clause about a toll counts the dead.
	if event == "" && np == "" && !c.n.bareOne {
		event = s.tollInClause(c.i)
	}
	// "bringing the number rescued from the mine to 27", "the number of
	// people arrested rose to 46": the count the clause names.
	if event == "" && np == "" && !c.n.bareOne {
		np, event = s.countInClause(c.i)
	}
	// "a crew of 6", "the crowd of up to one million".
	if np == "" && event == "" {
		np = s.nounOfFigure(c.i)
	}
	if peopleEventIDs.has(idOf(event)) && (np == "" || np == "others") {
		np = "people"
	}
	return np, event
}

// participleAt reads a past participle at token k that describes the noun
// before it and says where the things counted came from: "111,481 bodies
// recovered from rubble". Only "from" makes the -ed word a participle with
// some certainty ("drivers formed at" is an active verb).
func (s *sent) participleAt(k int) string {
	t := s.toks
	if k+1 >= len(t) || t[k].kind != tokWord || t[k+1].text != "from" {
		return ""
	}
	w := t[k].text
	if len(w) <= 4 || !strings.HasSuffix(w, "ed") || nounsInEdIng[w] || isPastVerb(w) || isVerbish(w) || auxiliaries[w] {
		return ""
	}
	return w
}

// countWords name a count a clause can speak of: "the number rescued".
var countWords = map[string]bool{"number": true, "tally": true, "count": true, "total": true}

// countInClause finds "the number of X <event>" or "the number <event>"
// before token i in its clause and returns what is counted and the event,
// or "", "".
func (s *sent) countInClause(i int) (string, string) {
	for k := i - 1; k >= 0 && k >= i-14; k-- {
		t := &s.toks[k]
		if t.kind == tokNum || clauseBreakIDs.has(t.id) || t.text == "." {
			return "", ""
		}
		if !countWordIDs.has(t.id) || k == 0 || s.toks[k-1].class&clsDeterminer == 0 {
			continue
		}
		j, np := k+1, ""
		if s.word(j) == "of" && j+1 < i && s.toks[j+1].kind == tokWord && personNounIDs.has(s.toks[j+1].id) {
			np, j = s.toks[j+1].text, j+2
		}
		if ev, _ := s.eventAt(j); ev != "" {
			if np == "" && peopleEvents[ev] {
				np = "people"
			}
			return np, ev
		}
		return "", ""
	}
	return "", ""
}

// tollInClause finds a noun naming deaths before token i in its clause
// ("toll", "deaths", "death toll"), and returns "killed", or "".
func (s *sent) tollInClause(i int) string {
	reach, moved := 12, false
	// "The death toll in the landslide that hit the mining village of
	// Masara in Maco, Davao de Oro Tuesday night has risen to 28": a
	// figure a verb of moving puts the clause's subject at may stand far
	// from that subject
	if p := s.word(i - 1); (p == "to" || p == "at") && (tollVerbs[s.word(i-2)] || s.word(i-2) == "up" && isChangeVerb(s.word(i-3))) || tollVerbs[p] {
		// "the death toll in the earthquake that measured 6.8 … has gone
		// up to 2,497": a figure of the subject's own relative clause
		// stands between; only a clause break ends the search
		reach, moved = 30, true
	}
	if s.word(i-1) == "at" && s.putBefore(i-1) {
		// "The home ministry put the toll from the 7.9-magnitude
		// temblor at 3,815": the verb sets its object at the figure,
		// past a modifier's figure
		reach, moved = 30, true
	}
	for k := i - 1; k >= 0 && k >= i-reach; k-- {
		t := &s.toks[k]
		if t.kind == tokNum && !moved || clauseBreakIDs.has(t.id) || t.text == "." {
			return ""
		}
		if ev, _ := s.eventAt(k); ev == "killed" && eventNounIDs.has(t.id) {
			return ev
		}
	}
	return ""
}

// putVerbs set their object at a figure: "put the toll at 3,815",
// "estimated the number of dead at 40".
var putVerbs = map[string]bool{
	"put": true, "puts": true, "putting": true, "placed": true, "places": true, "placing": true,
	"estimated": true, "estimates": true, "estimating": true, "set": true, "sets": true,
}

// putBefore reports a verb of putVerbs within a dozen tokens before token
// at ("at") in its clause.
func (s *sent) putBefore(at int) bool {
	for k := at - 1; k >= 0 && k >= at-12; k-- {
		if clauseBreakIDs.has(s.toks[k].id) || s.word(k) == "." {
			return false
		}
		if putVerbs[s.word(k)] {
			return true
		}
	}
	return false
}

// ofHeadNouns are people a phrase counts by what they are of ("victims of
// terrorism", "residents of the hills"): the head of the phrase.
var ofHeadNouns = map[string]bool{
	"victims": true, "survivors": true, "families": true, "relatives": true, "members": true,
	"residents": true, "people": true, "children": true, "workers": true, "employees": true,
	"passengers": true, "patients": true,
}

// populationNouns name the people of a place as a whole.
var populationNouns = map[string]bool{"population": true, "populace": true}

// tollVerbs put a toll at the figure after them ("has risen to 28",
// "stands at 235", "reached 54").
var tollVerbs = map[string]bool{
	"risen": true, "rose": true, "rises": true, "climbed": true, "climbs": true, "jumped": true,
	"increased": true, "reached": true, "reaches": true, "stood": true, "stands": true, "hit": true,
	"surged": true, "soared": true, "grew": true, "grown": true,
}

// nounOfFigure reads "a crew of 6": the noun a bare figure is the size of,
// or "". "a total of 40" says nothing of what is counted.
func (s *sent) nounOfFigure(i int) string {
	if s.word(i-1) != "of" || i < 3 {
		return ""
	}
	t := &s.toks[i-2]
	if t.kind != tokWord || !s.is(i-3, clsDeterminer) || t.class&clsSubjectStop != 0 || sizeNounIDs.has(t.id) ||
		isMeasureWord(t) || t.class&clsEvent != 0 || isNumberID(t.id) || t.upper && !t.allUpper && i-2 > 0 {
		return ""
	}
	return t.text
}

// ofPhrase reads "of" + a noun phrase at token j ("of the Iranian Red
// Crescent"), keeping its determiner out; it returns the phrase and the
// token after it, or "".
func (s *sent) ofPhrase(j int) (string, int) {
	if s.word(j) != "of" || j+1 >= len(s.toks) || s.toks[j+1].kind == tokNum {
		return "", j
	}
	k := j + 1
	if s.is(k, clsDeterminer) {
		k++
	}
	np, end := s.nounPhraseAfter(k, KindCount)
	if np == "" {
		return "", j
	}
	return np, end
}

// compoundCount reads a count that qualifies a noun: "a seven-car
// commuter train", "a three-train crash", "a ten seat majority". It returns
// the noun qualified and the token after it, or "".
func (s *sent) compoundCount(c *cand) (string, int) {
	t := s.toks
	j := c.numEnd
	if j+2 < len(t) && t[j].text == "-" && !t[j].space && t[j+1].kind == tokWord && !t[j+1].space &&
		!isPluralNoun(t[j+1].text) && !isNumberID(t[j+1].id) && t[j+2].kind == tokWord && t[j+2].space {
		if np, end := s.nounPhraseAfter(j+2, c.kind); np != "" {
			return np, end
		}
	}
	if c.n.value > 1 && j+1 < len(t) && compoundCountNounIDs.has(t[j].id) && t[j+1].kind == tokWord && t[j+1].class&clsSubjectStop == 0 {
		if np, end := s.nounPhraseAfter(j+1, c.kind); np != "" {
			return np, end
		}
	}
	return "", j
}

// boardWordAt reads "aboard", "onboard" or "on board" at token k.
func (s *sent) boardWordAt(k int) (string, int) {
	w := s.word(k)
	if w == "on" && s.word(k+1) == "board" {
		return "on board", k + 2
	}
	if boardWordIDs.has(s.id(k)) {
		return w, k + 1
	}
	return "", k
}

// eventInPhrase is the canonical event a noun phrase names in one of its
// words ("injured people", "displaced civilians"), or "".
func eventInPhrase(np string) string {
	for np != "" {
		w, rest, _ := strings.Cut(np, " ")
		id := idOf(w)
		if ev := eventWordIDs.at(id); ev != "" && canonicalEvents[ev] && !eventNounIDs.has(id) {
			return ev
		}
		np = rest
	}
	return ""
}

// namesEvent reports whether the phrase np already carries the event.
func namesEvent(np, event string) bool {
	return eventInPhrase(np) == event || personEvents[np[strings.LastIndexByte(np, ' ')+1:]] == event
}

// startsClause reports whether the figure at token i opens a clause, so
// that it is the clause's subject: at the start of the sentence or after a
// comma, "that", "and" or a reporting verb, past its determiners ("all",
// "only", "a further").
func (s *sent) startsClause(i int) bool {
	k := i - 1
	for k >= 0 && subjectLeadWordIDs.has(s.toks[k].id) {
		k--
	}
	if k < 0 {
		return true
	}
	switch s.toks[k].text {
	case ",", "that", "and", "said", "says", "say", "\"", ";", ":", "—":
		return true
	}
	return false
}

// subjectLeadWords may stand before a figure that opens its clause.
var subjectLeadWords = map[string]bool{
	"all": true, "the": true, "a": true, "an": true, "some": true, "only": true, "further": true,
	"another": true, "just": true, "its": true, "their": true, "his": true, "her": true,
}

// eventLater finds a canonical event said as a verb or adjective later in
// the clause that starts at token j: "on board the plane have died", "on
// the ground are feared dead". An active verb with an object ("killed 25",
// "killed the guards") is the subject's deed, not what befell it.
func (s *sent) eventLater(j int) string {
	t := s.toks
	verb := false
	for k := j; k < len(t) && k < j+16; k++ {
		w := t[k].text
		if clauseBreakIDs.has(t[k].id) && !(w == "said" && s.word(k+1) == "to") {
			return "" // "are said to have been killed" goes on
		}
		// "Two were in a critical condition, and a further nine …":
		// past the clause's verb, a comma or "and" starts another.
		if verb && (w == "," || w == "and") {
			return ""
		}
		if simpleAuxiliaryIDs.has(t[k].id) || w == "have" || w == "has" || w == "had" || w == "will" {
			verb = true
		}
		if w == "," && k+1 < len(t) && isIngForm(t[k+1].text) {
			return "" // ", killing three": a participle clause of its own
		}
		ev, end := s.eventAt(k)
		if ev == "" {
			continue
		}
		// "25 major buildings in the city are destroyed": another
		// event only in a simple passive.
		if !canonicalEvents[ev] && !(k > j && s.simplePassiveBefore(k)) || eventNouns[w] || isIngForm(w) {
			return ""
		}
		if s.takesObject(end) {
			return ""
		}
		return ev
	}
	return ""
}

// takesObject reports a figure or a determiner at token k, the object of a
// verb just before it: "killed 25", "killed the guards".
func (s *sent) takesObject(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	if t.class&clsDeterminer != 0 && whenWords[s.word(k+1)] {
		return false // "evacuated the previous evening"
	}
	if t.kind == tokWord && objectHedges[t.text] {
		// "killed more than 1,500", "killed at least 25": a hedged figure
		for n := k + 1; n < len(s.toks) && n <= k+2; n++ {
			if s.toks[n].kind == tokNum || s.toks[n].class&clsNumber != 0 && s.toks[n].text != "a" && s.toks[n].text != "an" {
				// not a span, a time or a distance: "killed over
				// three days", "around 3 am", "about 10 km away"
				return !s.measureAfter(n + 1)
			}
		}
	}
	return t.kind == tokNum || t.class&clsNumber != 0 && t.text != "a" && t.text != "an" || t.class&clsDeterminer != 0 && t.text != "all"
}

// measureAfter reports a unit of time or of measure, or a clock's am or
// pm, at token k.
func (s *sent) measureAfter(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	if _, ok := durationUnitIDs.get(t.id); ok {
		return true
	}
	if _, ok := unitWordRaw.get(t); ok {
		return true
	}
	switch t.text {
	case "am", "pm", "a.m.", "p.m.":
		return true
	}
	return false
}

// objectHedges may open a hedged figure that is a verb's object.
var objectHedges = map[string]bool{
	"more": true, "at": true, "about": true, "around": true, "nearly": true, "almost": true, "over": true,
	"some": true, "roughly": true, "approximately": true, "fewer": true, "less": true, "close": true, "up": true,
}

// whenWords after a determiner make a phrase of time, not an object.
var whenWords = map[string]bool{
	"previous": true, "following": true, "same": true, "next": true, "day": true, "night": true,
	"morning": true, "evening": true, "afternoon": true, "week": true, "weekend": true, "year": true,
}

// isAdverb guesses an adverb in -ly by its ending ("apparently",
// "allegedly"), leaving nouns such as "family" and "rally" alone.
func isAdverb(w string) bool {
	// Every ending is "ly" after two letters or more, and the word is
	// longer than the ending by two: most words are told at once.
	if len(w) < 6 || w[len(w)-1] != 'y' || w[len(w)-2] != 'l' {
		return false
	}
	for _, suf := range adverbEndings {
		if len(w) > len(suf)+1 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

var adverbEndings = []string{"ently", "antly", "ately", "ously", "ively", "edly", "ingly", "ically", "fully", "lessly"}

// isIngForm reports a word in -ing that is not a noun ("killing", not
// "building").
func isIngForm(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ing") && !nounsInEdIng[w]
}

// savingVerbs before "N lives" count the lives saved, not lost.
var savingVerbs = map[string]bool{"saved": true, "save": true, "saves": true, "saving": true}

// isEventNoun reports event words that are nouns counting the event:
// "25 deaths", "the storm claimed five lives".
func isEventNoun(w string) bool {
	switch w {
	case "deaths", "fatalities", "casualties", "injuries", "arrests", "dead", "wounded", "injured", "missing",
		"hospitalisations", "hospitalizations", "infections", "cases", "hostages", "lives",
		"death", "fatality", "casualty", "injury", "arrest": // "one death", "one serious injury"
		return true
	}
	return false
}

// nounPhraseAfter reads the noun phrase that starts at token j, through an
// of-phrase ("40 of the drones", "19% of Ukrainian territory"); it returns
// the phrase and the token after it.
func (s *sent) nounPhraseAfter(j int, kind Kind) (string, int) {
	t := s.toks
	// "$2bn in aid", "$150 million for the programme": what the money is.
	forWhat := kind == KindMoney && j+1 < len(t) && t[j].text == "for" && (t[j+1].text == "the" || t[j+1].text == "a" || t[j+1].text == "its" || t[j+1].text == "their")
	inOrFor := j < len(t) && (t[j].text == "in" || t[j].text == "for") && kind == KindMoney
	if j < len(t) && (t[j].text == "of" || t[j].text == "in" && kind == KindMoney || forWhat) {
		j++
		for j < len(t) && (t[j].class&clsDeterminer != 0 || pronounIDs.has(t[j].id)) {
			j++
		}
		// "forty of the 48 drones": the whole is counted too; the noun
		// is what both count.
		if j < len(t) && t[j].kind == tokNum && j+1 < len(t) && t[j+1].kind == tokWord {
			j++
		}
	}
	// "more" / "other" / "additional" between number and noun: "25 more
	// people".
	for j < len(t) && (t[j].text == "more" || t[j].text == "other" || t[j].text == "additional" || t[j].text == "extra" || t[j].text == "new") && j+1 < len(t) && t[j+1].kind == tokWord && t[j+1].class&clsSubjectStop == 0 {
		j++
	}
	// "second-largest economy"
	if kind == KindOrdinal && j+1 < len(t) && t[j].text == "-" && !t[j].space {
		j++
	}
	start := j
	var words []string
	first := -1 // the token of the first word
	for j < len(t) && len(words) < 4 {
		tk := &t[j]
		if tk.kind != tokWord {
			// Possessive: "Ukraine's" is one word already; hyphenated
			// compounds "air-defence" join.
			if tk.text == "-" && !tk.space && len(words) > 0 && j+1 < len(t) && t[j+1].kind == tokWord && !t[j+1].space {
				words[len(words)-1] += "-" + t[j+1].text
				j += 2
				continue
			}
			// A model name inside the phrase: "two Greek F-16 jets".
			if tk.text == "-" && !tk.space && len(words) > 0 && t[j-1].upper && len(t[j-1].text) <= 3 && j+1 < len(t) && t[j+1].kind == tokNum && !t[j+1].space &&
				(j+2 >= len(t) || t[j+2].space) {
				words[len(words)-1] += "-" + t[j+1].raw
				j += 2
				continue
			}
			break
		}
		w := tk.text
		if tk.class&clsSubjectStop != 0 || tk.class&clsEvent != 0 && len(words) > 0 && !isEventNoun(w) || isNumberID(tk.id) || (monthIDs.at(tk.id) > 0 || weekdayIDs.at(tk.id) > 0) && tk.upper || len(words) == 0 && ingPrepositionIDs.has(tk.id) {
			break
		}
		// "1.03 million participants thanks to …", "due to": a word
		// that makes a preposition with "to" ends the phrase
		if j+1 < len(t) && t[j+1].text == "to" && toPrepositions[w] {
			break
		}
		// "$143.8 billion quarter driven by record iPhone sales": a
		// participle with its agent after the noun says why, not what
		if len(words) > 0 && j+1 < len(t) && t[j+1].text == "by" && byParticiples[w] {
			break
		}
		if _, isChange := changeWordIDs.get(tk.id); isChange && len(words) > 0 && kind != KindOrdinal {
			break
		}
		// "28 displaced civilians", "15 wounded soldiers": an event
		// participle before a plural noun qualifies it.
		if tk.class&clsEvent != 0 && len(words) == 0 && !isEventNoun(w) && !s.qualifiesNoun(j) {
			break
		}
		// A past participle or gerund ends the phrase unless a noun
		// follows it ("armed men"): "regions claimed by Russia".
		if (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && len(w) > 4 && !nounsInEdIng[w] {
			if !(j+1 < len(t) && t[j+1].kind == tokWord && isNounish(t[j+1].text) && !isPastVerb(t[j+1].text)) {
				break
			}
		}
		if (isVerbish(w) && !s.nounModifier(j)) || isPastVerb(w) || tk.class&clsPhraseEnder != 0 {
			break
		}
		// "magnitude 6.3 earthquake strikes Italy": after a singular
		// noun, a verb in -s is the headline's verb.
		if len(words) > 0 && headlineVerbIDs.has(tk.id) && !isPluralNoun(t[j-1].text) {
			break
		}
		// "the first time Bennelong has": an ordinal's "time" ends its
		// phrase.
		if len(words) > 0 && kind == KindOrdinal && (t[j-1].text == "time" || t[j-1].text == "times") {
			break
		}
		// "the first of the apparently coordinated bombings": an adverb
		// before the phrase's words is not one of them.
		if len(words) == 0 && isAdverb(w) && j+1 < len(t) && t[j+1].kind == tokWord {
			j++
			continue
		}
		if len(words) == 0 {
			first = j
		}
		words = append(words, s.subjectWord(j))
		j++
		// After a plural noun the phrase is over ("48 drones struck"),
		// unless another plural follows it ("12 police officers").
		// An ordinal's phrase runs to its head: "second largest sports
		// clothes manufacturer".
		if isPluralNoun(w) && kind != KindOrdinal && !(j < len(t) && t[j].kind == tokWord && isPluralNoun(t[j].text) && strings.HasSuffix(t[j].text, "s") &&
			t[j].class&clsSubjectStop == 0 && t[j].class&clsEvent == 0 && !isMeasureWord(&t[j])) {
			break
		}
	}
	// "put the toll of 62 together": a word WordNet knows as no noun
	// cannot be what is counted (a capitalised word is taken for a name).
	for len(words) > 0 && hasNoUpper(words[len(words)-1]) && s.w.notNoun(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return "", start
	}
	// "$4.1 billion in the quarter", "$3 billion in the first half": a
	// stretch of time is when the money was made, not what it is; the
	// subject is found before the figure ("net profit was", "sales of").
	if inOrFor && slices.ContainsFunc(words, func(w string) bool { return periodNouns[strings.ToLower(w)] }) {
		return "", start
	}
	// "50,000 houses and buildings", "a dozen Asian and African nations":
	// a noun coordinated with the counted one is counted too.
	if end := s.coordinatedNoun(j); end > j {
		for k := j; k < end; k++ {
			words = append(words, s.subjectWord(k))
		}
		j = end
	}
	return s.joinWords(words, first), j
}

// hasNoUpper reports whether a word has no upper-case ASCII letter.
func hasNoUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			return false
		}
	}
	return true
}

// qualifiesNoun reports whether the participle at token j stands before a
// plural noun it qualifies: "displaced civilians", "injured people".
func (s *sent) qualifiesNoun(j int) bool {
	if j+1 >= len(s.toks) {
		return false
	}
	n := &s.toks[j+1]
	return n.kind == tokWord && isPluralNoun(n.text) && n.class&clsSubjectStop == 0 && n.class&clsEvent == 0 && !isMeasureWord(n)
}

// coordinatedNoun reads "and" + one or two words ending in a plural noun at
// token j ("and buildings", "and African nations") and returns the token
// after them, or j. A figure, a determiner or a verb after "and" starts a
// phrase of its own.
func (s *sent) coordinatedNoun(j int) int {
	t := s.toks
	if j+1 >= len(t) || t[j].text != "and" {
		return j
	}
	for k := j + 1; k < len(t) && k <= j+2; k++ {
		w := t[k].text
		if t[k].kind != tokWord || t[k].class&(clsSubjectStop|clsDeterminer|clsEvent) != 0 || isNumberWord(w) ||
			isVerbish(w) || isPastVerb(w) || t[k].class&clsPhraseEnder != 0 || isMeasureWord(&t[k]) || pronouns[w] {
			return j
		}
		if isPluralNoun(w) && strings.HasSuffix(w, "s") {
			if k+1 < len(t) && t[k+1].kind == tokWord && isPluralNoun(t[k+1].text) && t[k+1].class&clsSubjectStop == 0 {
				return j // "and cars were": the next word goes on
			}
			return k + 1
		}
	}
	return j
}

// subjectWord is token k as a subject word: lower case unless it is a
// proper name in mid-sentence.
func (s *sent) subjectWord(k int) string {
	t := &s.toks[k]
	if t.upper && k > 0 && !t.allUpper {
		return t.raw
	}
	if t.allUpper {
		return t.raw
	}
	return t.text
}

// nounPhraseBefore reads the noun phrase that the figure is said of, before
// it: "inflation rose 3%", "unemployment stood at 4.2%", "a loan of $5bn",
// "temperatures reached 41.3C".
func (s *sent) nounPhraseBefore(i int) string { return s.npBefore(i, true) }

// npBefore is nounPhraseBefore; needLink says whether a verb or preposition
// must stand between the phrase and i (false inside "package for Ukraine").
func (s *sent) npBefore(i int, needLink bool) string {
	np, _ := s.npBeforeAt(i, needLink)
	return np
}

// npBeforeAt is npBefore, and also returns the token where the phrase
// starts.
func (s *sent) npBeforeAt(i int, needLink bool) (string, int) {
	t := s.toks
	k := i - 1
	skipped := 0
	for k >= 0 && skipped < 5 {
		w := t[k].text
		_, isChange := changeWordIDs.get(t[k].id)
		// "Core prices, which leave out food and energy, rose 0.2%": the
		// relative clause between commas says nothing of what rose.
		if w == "," {
			if open := s.relativeClauseStart(k); open > 0 {
				k = open - 1
				skipped++
				continue
			}
		}
		if isChange || t[k].class&(clsLink|clsDeterminer) != 0 || t[k].kind == tokSym || w == "," && skipped > 0 ||
			isPastVerb(w) || (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && len(w) > 4 && !nounsInEdIng[w] ||
			w == "doing" || w == "did" || w == "does" || w == "do" {
			k--
			skipped++
			continue
		}
		if boundWordIDs.has(t[k].id) {
			k--
			skipped++
			continue
		}
		break
	}
	// A noun right against the figure, with no verb or preposition
	// between, is its object or a name, not what it measures: "pay West
	// Ham £90m".
	if skipped == 0 && needLink {
		return "", i
	}
	end := k
	for k >= 0 && end-k < 6 && t[k].kind == tokWord && t[k].class&clsSubjectStop == 0 && t[k].class&clsDeterminer == 0 &&
		!isNumberID(t[k].id) && !isVerbish(t[k].text) && !isPastVerb(t[k].text) && t[k].class&clsPhraseEnder == 0 && t[k].class&clsEvent == 0 {
		if _, isChange := changeWordIDs.get(t[k].id); isChange {
			break
		}
		// "December Brent crude": the month is when, not what.
		if k < end && t[k].upper && monthIDs.at(t[k].id) > 0 && !(k > 0 && placePrepositionIDs.has(t[k-1].id)) {
			break
		}
		// "full-year revenue": a hyphenated modifier belongs to the phrase.
		if k >= 2 && k < end && t[k-1].text == "-" && !t[k-1].space && !t[k].space && t[k-2].kind == tokWord {
			k -= 2
			continue
		}
		// A unit is what measures, not what is measured:
		// "about 750 miles (1,200 km)".
		if isMeasureWord(&t[k]) {
			break
		}
		// "packing winds of 190 km/h": a participle starts no subject.
		if w := t[k].text; len(w) > 4 && strings.HasSuffix(w, "ing") && !nounsInEdIng[w] {
			break
		}
		// "but missed median estimates of $34bn": a verb in -ed after a
		// conjunction or a noun is the clause's verb ("the registered
		// voters", "of armed men" keep theirs).
		if w := t[k].text; k < end && len(w) > 4 && strings.HasSuffix(w, "ed") && !nounsInEdIng[w] && k > 0 &&
			(clauseBreakIDs.has(t[k-1].id) || t[k-1].kind == tokWord && t[k-1].upper && t[k-1].class&clsDeterminer == 0) {
			break
		}
		k--
	}
	if k == end {
		return "", i
	}
	// "the number of victims of terrorism was 143", "residents of the
	// hills": people of a place or a cause are the people counted, not
	// the place or the cause
	if q := k - b2n(k >= 0 && t[k].class&clsDeterminer != 0); q >= 1 && t[q].text == "of" && t[q-1].kind == tokWord && ofHeadNouns[t[q-1].text] {
		return t[q-1].text, q - 1
	}
	// "a season ticket between Brighton and London will cost £5,912": the
	// names a route joins say which, the phrase before "between" what.
	if k >= 2 && t[k].text == "and" && t[end].upper {
		b := k - 1
		for b > 0 && k-b < 3 && t[b].kind == tokWord && t[b].upper {
			b--
		}
		if b < k-1 && t[b].text == "between" {
			if np, at := s.npBeforeAt(b, false); np != "" {
				return np, at
			}
		}
	}
	// "Temperatures in Athens hit 41.3C": the phrase before a preposition
	// is what is measured, the place after it only says where.
	// "Inflation in the United States eased to 3.4%": a determiner may
	// stand between the preposition and the place.
	// Only "in" and "across" then: "struck at a depth of 16 km" keeps
	// its depth.
	p := k
	if p >= 1 && t[p].class&clsDeterminer != 0 && (t[p-1].text == "in" || t[p-1].text == "across") {
		p--
	}
	if p >= 1 && placePrepositionIDs.has(t[p].id) && t[p-1].kind == tokWord && t[p-1].class&clsSubjectStop == 0 && t[p-1].class&clsDeterminer == 0 {
		if np, at := s.npBeforeAt(p, false); np != "" {
			// "Inflation in the services sector": a sector is which
			// of the measure, not where; it qualifies the head.
			if sectorWords[t[end].text] && end-k <= 3 {
				var b strings.Builder
				for x := k + 1; x <= end; x++ {
					b.WriteString(s.subjectWord(x))
					b.WriteByte(' ')
				}
				np = b.String() + np
			}
			return np, at
		}
	}
	// A day or a month is when, not what.
	if end == k+1 && (weekdayIDs.at(stemID(&t[end])) > 0 || monthIDs.at(t[end].id) > 0) {
		return "", i
	}
	// The phrase was read long to find a preposition before it; its last
	// three words ("full-year" is one) name the thing.
	first, groups := end, 0
	for x := end; x > k && groups < 3; {
		y := x
		for y-2 > k && t[y-1].text == "-" {
			y -= 2
		}
		groups++
		first = y
		x = y - 1
	}
	k = first - 1
	b := s.w.npBuf[:0]
	for x := k + 1; x <= end; x++ {
		switch {
		case t[x].text == "-" && x == k+1:
			k++ // "second-quarter revenue" when the ordinal was read apart
			continue
		case t[x].text == "-":
			b = append(b, '-')
			continue
		case x > k+1 && t[x-1].text != "-":
			b = append(b, ' ')
		}
		b = append(b, s.subjectWord(x)...)
	}
	s.w.npBuf = b
	return s.phraseText(b, k+1), k + 1
}

// clauseNounBefore is nounPhraseBefore past a stray phrase: in "prices
// rose to a new record of $102", "new record" says nothing of what is
// measured, and the clause's subject ("prices") is read instead.
func (s *sent) clauseNounBefore(i int) string {
	first := "" // a prepositional phrase's noun, if no subject stands before it
	for tries := 0; tries < 3; tries++ {
		np, start := s.npBeforeAt(i, true)
		if np == "" {
			return first
		}
		// "The National Election Office said just over 98 percent of
		// those who cast their ballots voted No": the noun before a verb
		// of saying is who gives the figure (its source), not what it
		// measures
		for k := start + 1; k < i; k++ {
			if sourceVerbIDs.has(s.id(k)) && sayingVerbs[s.word(k)] {
				return first
			}
		}
		if kept := dropStray(np); kept != "" {
			// "Overall sales in China during the third quarter
			// increased by 26%": the noun of a phrase of time or place
			// says when or where, the noun before it what
			p := start - 1
			if p >= 0 && s.is(p, clsDeterminer) {
				p--
			}
			// "The quake was measured by the US Geological Survey at
			// 6.1": the agent of a passive gives the figure (its
			// source); the passive's subject is what it measures
			if p > 0 && s.word(p) == "by" && agentParticipleIDs.has(s.id(p-1)) && tries < 2 {
				k := p - 1
				for k > 0 && passiveAuxiliaries[s.word(k-1)] {
					k--
				}
				i = k
				continue
			}
			if p > 0 && clausePrepositionIDs.has(s.id(p)) && tries < 2 && s.whenOrWhere(start, kept) {
				if first == "" {
					first = kept
				}
				i = p + 1
				continue
			}
			return kept
		}
		i = start
	}
	return first
}

// whenOrWhere reports a noun phrase from token start that names a period
// ("the third quarter") or a place by its name ("China"), not a thing
// measured ("at a depth of").
func (s *sent) whenOrWhere(start int, np string) bool {
	if start < len(s.toks) && s.toks[start].upper && start > 0 {
		return true
	}
	last := np[strings.LastIndexByte(np, ' ')+1:]
	return periodNouns[strings.ToLower(last)]
}

// originNouns count where people come from, not people.
var originNouns = map[string]bool{
	"nationalities": true, "countries": true, "nations": true, "nationality": true, "country": true,
	"different nationalities": true, "different countries": true,
}

// tallyObject reports a toll's or a count's noun ending at token k, with
// its article: "the toll", "the death toll", "the number".
func (s *sent) tallyObject(k int) bool {
	switch s.word(k) {
	case "toll", "tally", "number", "count", "total":
		return true
	}
	return false
}

// rateQualifiers may stand between a verb of change and its rate: "the
// economy expanded an annualised 1.6%", "grew at an annualised real 1.6
// per cent".
var rateQualifiers = map[string]bool{
	"annualised": true, "annualized": true, "annual": true, "real": true, "nominal": true,
	"estimated": true, "revised": true, "adjusted": true, "seasonally": true, "at": true,
}

// changeGapWords may stand between a verb of change and its figure: an
// adverb, an auxiliary, an article ("rose sharply by 3%", "has grown an
// annualised 1.6%"), and the rate qualifiers.
var changeGapWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("sharply slightly by further again some has have had been is was a an its steadily year-on-year") {
		m[w] = true
	}
	for w, ok := range rateQualifiers {
		m[w] = ok
	}
	return m
}()

// byParticiples, before "by", end a noun phrase: "a quarter driven by
// iPhone sales", "growth fuelled by exports".
var byParticiples = map[string]bool{
	"driven": true, "fuelled": true, "fueled": true, "led": true, "helped": true, "boosted": true,
	"caused": true, "triggered": true, "propelled": true, "powered": true, "spurred": true,
	"supported": true, "hit": true, "dragged": true, "weighed": true,
}

// outputEvents say what a maker did with what it counts ("produced
// 494,989 vehicles", "delivered 484,507"): the event tells two counts of
// one thing apart, but stays out of the subject, which names the thing.
var outputEvents = map[string]bool{"delivered": true, "produced": true}

// toPrepositions make a preposition with "to" after them.
var toPrepositions = map[string]bool{
	"thanks": true, "due": true, "owing": true, "prior": true, "according": true, "compared": true,
	"close": true, "next": true, "contrary": true, "relative": true,
}

// sayingVerbs are the verbs of attribution that are never a participle
// inside a subject ("reported" and "counted" may be: "the cases reported
// rose to 52").
var sayingVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "announced": true, "stated": true,
	"claimed": true, "claims": true, "added": true,
}

// passiveAuxiliaries stand before a passive's participle: "was measured",
// "had been estimated".
var passiveAuxiliaries = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "being": true,
	"has": true, "have": true, "had": true, "initially": true, "first": true, "later": true,
}

// periodNouns name a stretch of time.
var periodNouns = map[string]bool{
	"quarter": true, "year": true, "month": true, "week": true, "half": true, "day": true,
	"period": true, "decade": true, "season": true, "weekend": true,
}

// clausePrepositions open a phrase of time or place inside a clause's
// subject ("sales in China during the third quarter").
var clausePrepositions = map[string]bool{
	"during": true, "in": true, "for": true, "over": true, "across": true, "at": true,
	"throughout": true,
}

// isStrayWord looks w up in strayWords, lower-cased without allocating
// ("Highest" at the start of a sentence).
func isStrayWord(w string) bool {
	if strayWordIDs.has(idOf(w)) {
		return true
	}
	if len(w) == 0 || len(w) > 16 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	var buf [16]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return strayWordIDs.has(idOf(string(buf[:len(w)])))
}

// priceSubject reads the noun phrase before a verb of price motion and
// its particles ("passes", "soared past", "rose to a record", "peaking at")
// that stands before token i, or "".
func (s *sent) priceSubject(i int) string {
	k, verb := i-1, false
	for ; k >= 0 && i-k <= 7; k-- {
		w := s.toks[k].text
		switch {
		case priceVerbIDs.has(s.toks[k].id):
			verb = true
		case priceParticleIDs.has(s.toks[k].id) || s.toks[k].class&(clsStray|clsDeterminer|clsAuxiliary) != 0 || w == "-":
		default:
			if !verb {
				return ""
			}
			return s.npBefore(k+1, false)
		}
	}
	return ""
}

// dropStray returns "" for a subject made only of words that never name
// what a figure measures ("highest", "far", "new record", "all-time",
// "due", a currency code), and the subject unchanged otherwise: "record
// low" and "biggest cities" keep their words.
// attributiveFigure reports a duration or measure written as a compound
// adjective, its number joined to its unit by a hyphen ("an 800-year
// history", "a 30-metre wall"): what follows is the noun it qualifies.
func (s *sent) attributiveFigure(c *cand) bool {
	if c.kind != KindDuration && c.kind != KindQuantity || c.numEnd < 2 || c.numEnd > len(s.toks) {
		return false
	}
	h := &s.toks[c.numEnd-2]
	return h.text == "-" && !h.space && !s.toks[c.numEnd-1].space
}

func dropStray(np string) string {
	for rest := np; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if !isStrayWord(w) && !currencyCodeIDs.has(idOf(w)) {
			return np
		}
	}
	return ""
}

// placesAfter reports a word after a distance that makes it place
// something: a compass point, "from", "away", "off", "underground".
func (s *sent) placesAfter(j int) bool {
	if s.word(j) == ")" {
		j++ // "95 kilometres (60 miles) northeast"
	}
	return placeWordIDs.has(s.id(j))
}

// apposedNoun reads the noun phrase right before token i, with no verb,
// preposition or comma between ("its epicentre 72 km"), or "".
func (s *sent) apposedNoun(i int) string {
	k := i - 1
	// "near the island of Grammatikos, 40 km north of Athens": after a
	// comma the distance places the event, not the name before it.
	if k < 0 || s.toks[k].kind != tokWord || s.toks[k].class&clsSubjectStop != 0 || s.toks[k].class&clsLink != 0 ||
		isPastVerb(s.toks[k].text) || isVerbish(s.toks[k].text) || strings.HasSuffix(s.toks[k].text, "ed") || isIngForm(s.toks[k].text) ||
		placingVerbIDs.has(s.toks[k].id) {
		return ""
	}
	// Only the words against the figure: "lanes" in "leapt across lanes
	// 2 m wide", never a phrase before a preposition.
	start := k
	for start > 0 && k-start < 2 && s.toks[start-1].kind == tokWord && s.toks[start-1].class&clsSubjectStop == 0 &&
		s.toks[start-1].class&clsDeterminer == 0 && s.toks[start-1].class&clsLink == 0 && !isVerbish(s.toks[start-1].text) &&
		!isPastVerb(s.toks[start-1].text) && s.toks[start-1].class&clsEvent == 0 && !strings.HasSuffix(s.toks[start-1].text, "ed") {
		start--
	}
	var b strings.Builder
	for x := start; x <= k; x++ {
		if x > start {
			b.WriteByte(' ')
		}
		b.WriteString(s.subjectWord(x))
	}
	return b.String()
}

// dimensionWords after a measure say which size of the noun before it is
// given; dimensionNouns name it after "in".
var (
	dimensionWords = map[string]bool{"across": true, "wide": true, "long": true, "high": true, "deep": true, "tall": true, "thick": true, "in diameter": true}
	dimensionNouns = map[string]bool{"altitude": true, "height": true, "length": true, "diameter": true, "depth": true, "width": true, "area": true, "circumference": true, "size": true}
	copulas        = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "of": true}
)

// placingVerbs say where something is without the -ed of a participle.
var placingVerbs = map[string]bool{
	"seen": true, "lies": true, "lay": true, "lie": true, "lying": true, "sits": true, "sat": true,
	"known": true, "shown": true, "thrown": true, "flown": true, "driven": true, "drawn": true,
}

// placePrepositions introduce where, not what: "temperatures in Athens".
var placePrepositions = map[string]bool{"in": true, "at": true, "on": true, "near": true, "across": true, "for": true, "from": true}

// relativeClauseStart finds the comma that opens ", which … ," closed by the
// comma at k, and returns its index, or -1. The clause may hold a list of
// its own (", which excludes energy, food and tobacco,"): a comma before a
// word that opens no clause is passed over, up to three of them.
func (s *sent) relativeClauseStart(k int) int {
	passed := 0
	for p := k - 1; p > 0 && p > k-20; p-- {
		if s.toks[p].text == "," {
			switch w := s.word(p + 1); w {
			case "which", "who", "whose", "where", "that", "whom":
				return p
			default:
				// ", carrying about 300 passengers ,": a participle phrase.
				if len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && !nounsInEdIng[w] {
					return p
				}
			}
			if passed++; passed > 3 {
				return -1
			}
		}
	}
	return -1
}

// isMeasureWord reports a unit or a unit of time (a currency can be what a
// figure is about: "the euro fell 0.2%").
func isMeasureWord(t *token) bool {
	if _, ok := unitWordIDs.get(t.id); ok {
		return true
	}
	if _, ok := unitWordRaw.get(t); ok {
		return true
	}
	if _, ok := durationUnitIDs.get(t.id); ok {
		return true
	}
	if _, ok := scaleSuffixRaw.get(t); ok {
		return true // "€4.5bn, up 6%": the bn is the amount's, not a subject
	}
	switch t.text {
	case "percentage", "points", "point", "percent", "cent", "basis", "bps", "pp":
		return true
	}
	return false
}

// linkWords stand between a figure and the noun it is said of.
var linkWords = map[string]bool{
	"to": true, "by": true, "at": true, "of": true, "from": true, "was": true, "is": true, "were": true,
	"are": true, "be": true, "been": true, "stood": true, "stands": true, "reached": true, "reach": true,
	"hit": true, "hits": true, "remained": true, "remains": true, "came": true, "averaged": true,
	"totalled": true, "totaled": true, "amounted": true, "topped": true, "reaching": true,
	"hitting": true, "worth": true, "valued": true, "cost": true, "costs": true, "costing": true,
	"has": true, "had": true, "have": true, "will": true, "would": true, "an": true, "estimated": true,
	"registered": true, "recorded": true, "measured": true, "measuring": true, "peaked": true,
	"touched": true, "sits": true, "sat": true, "stand": true, "of,": true, "nearly": true,
	"just": true, "only": true, "annual": true, "aged": true, "ages": true, "age": true,
}

// nounVerbs are verbs of isVerbish that are nouns too, and modify a noun
// that follows them: "a two-year pay deal", "an 8% pay rise", "cost cuts".
var nounVerbs = map[string]bool{"pay": true, "cost": true, "control": true, "raise": true, "hold": true}

// nounModifier reports whether the word at k is a noun of nounVerbs that
// modifies the noun right after it.
func (s *sent) nounModifier(k int) bool {
	if !nounVerbs[s.toks[k].text] || k+1 >= len(s.toks) {
		return false
	}
	next := &s.toks[k+1]
	return next.kind == tokWord && next.class&clsSubjectStop == 0 && isNounish(next.text) && !isPastVerb(next.text) &&
		!(strings.HasSuffix(next.text, "ing") || strings.HasSuffix(next.text, "ed"))
}

// isVerbish reports common verbs that end a noun phrase.
func isVerbish(w string) bool {
	switch w {
	case "said", "says", "told", "reported", "according", "announced", "control", "controls",
		"controlled", "hold", "holds", "held", "took", "take", "takes", "gave", "give", "gives",
		"won", "lost", "got", "made", "make", "makes", "spent", "spend", "paid", "pay", "pays",
		"received", "receive", "receives", "needed", "need", "needs", "saw", "see", "sees",
		"expected", "expects", "plans", "planned", "wants", "wanted", "includes", "included",
		"owns", "owned", "raised", "raise", "cost", "costs", "worth", "is", "are", "was", "were":
		return true
	}
	return false
}

// isNounish is a cheap guess that a word can be a noun or an adjective.
func isNounish(w string) bool {
	return !subjectStops[w] && !isVerbish(w) && eventWords[w] == ""
}

// isNumberID is isNumberWord for a word by its ID.
func isNumberID(id wordID) bool {
	return cardinalIDs.keys.has(id) || scaleWordIDs.keys.has(id)
}

func isNumberWord(w string) bool {
	if _, ok := cardinals[w]; ok {
		return true
	}
	_, ok := scaleWords[w]
	return ok
}

// eventAfter finds an event word after the figure's noun phrase, across
// auxiliaries: "25 were killed", "40 drones shot down", "14 still missing".
func (s *sent) eventAfter(j int, mainVerb bool) string {
	t := s.toks
	start := j
	for skipped := 0; j < len(t) && skipped <= 4; skipped++ {
		if ev, end := s.eventAt(j); ev != "" {
			// "40 bodies that rescue teams are pulling out": a bare
			// verb form before a plural noun is a noun of its own.
			if end == j+1 && !strings.HasSuffix(t[j].text, "ed") && s.qualifiesNoun(j) {
				return ""
			}
			// "two rebels later killed the guards", "Three gunmen
			// killed 12 people", "Two powerful earthquakes killed more
			// than 1,500": a verb with an object is the subject's deed.
			if s.takesObject(end) {
				return ""
			}
			// "1,200 homes destroyed", "homes were damaged": an event
			// outside GOLD's canonical list stands by the noun; after
			// "have been" it is the clause's news, not the noun's name.
			if !canonicalEvents[ev] && !(skipped == 0 || skipped == 1 && simpleAuxiliaryIDs.has(t[start].id)) {
				return ""
			}
			// "drones launched by Russia were intercepted": a participle
			// with its agent only describes; the clause's verb follows.
			if s.word(end) == "by" && mainVerb {
				if ev2 := s.eventAfterAgent(end + 1); ev2 != "" {
					return ev2
				}
			}
			return ev
		}
		if t[j].class&clsAuxiliary == 0 && t[j].text != "," && t[j].text != "people" {
			return ""
		}
		j++
	}
	return ""
}

// participleWithAgent reports an event participle at j followed by "by":
// "48 drones launched by Russia".
func (s *sent) participleWithAgent(j int) bool {
	if ev, end := s.eventAt(j); ev != "" {
		return s.word(end) == "by"
	}
	return false
}

// eventAfterAgent looks past an agent phrase ("by Russia overnight") for
// the event of the main verb ("were intercepted").
func (s *sent) eventAfterAgent(j int) string {
	for k := j; k < len(s.toks) && k < j+5; k++ {
		if s.toks[k].kind != tokWord {
			return ""
		}
		if s.toks[k].class&clsAuxiliary != 0 {
			return s.eventAfter(k, true)
		}
	}
	return ""
}

// eventBefore finds an event word before the figure: "killed 25 people",
// "the death toll rose to 31", "wounding at least 73".
func (s *sent) eventBefore(i int) string {
	t := s.toks
	k := i - 1
	for skipped := 0; k >= 0 && skipped <= 4; skipped++ {
		w := t[k].text
		if ev, _ := s.eventAt(k); ev != "" {
			if ev == "hostages" {
				return "" // "took hostages at three locations": a noun of its own
			}
			return ev
		}
		// Two-word events ending here: "shot down", "death toll".
		if k > 0 {
			if ev, end := s.eventAt(k - 1); ev != "" && end == k+1 {
				return ev
			}
		}
		// "killed at least 28 civilians, including 19 children": a part
		// named after the whole shares its event.
		if w == "including" && k >= 2 && t[k-1].text == "," {
			if ev, j := s.eventOfWhole(k - 2); ev != "" || j >= 0 {
				if ev != "" {
					return ev
				}
				k = j
				continue
			}
		}
		_, isChange := changeWordIDs.get(t[k].id)
		if w == "and" && k >= 2 {
			// "fired 472 drones and 48 missiles": the verb before the
			// first figure of a pair governs the second too.
			if j := s.coordinatedFigure(k); j >= 0 {
				k = j - 1
				continue
			}
		}
		// The figure's own hedge is already behind c.i; a hedge word here
		// belongs to another clause ("arrested as tens of thousands").
		if !(isChange || t[k].class&(clsLink|clsDeterminer) != 0 || w == "including" || w == "now" || w == "officially") || w == "as" {
			return ""
		}
		k--
	}
	return ""
}

// eventOfWhole reads back from token k over a figure's noun phrase ("at
// least 56 fatalities"): it returns the event its noun names, or else the
// token before the figure and its hedge, from where the whole's verb may be
// found; -1 when no figure is there.
func (s *sent) eventOfWhole(k int) (string, int) {
	t := s.toks
	j := k
	for n := 0; j >= 0 && n < 4 && t[j].kind == tokWord && t[j].class&clsSubjectStop == 0 && !isNumberID(t[j].id); n++ {
		if ev := eventWordIDs.at(t[j].id); ev != "" && isEventNoun(t[j].text) {
			return ev, -1
		}
		j--
	}
	if j < 0 || j == k || !(t[j].kind == tokNum || t[j].class&clsNumber != 0) {
		return "", -1
	}
	for j--; j >= 0; j-- {
		if !boundWordIDs.has(t[j].id) {
			break
		}
	}
	return "", j
}

// coordinatedFigure reports the start of a figure and its noun that ends
// just before the "and" at token k ("472 drones and"), or -1.
func (s *sent) coordinatedFigure(k int) int {
	j := k - 1
	for n := 0; j >= 0 && n < 3 && s.toks[j].kind == tokWord && s.toks[j].class&clsSubjectStop == 0 && s.toks[j].class&clsEvent == 0; n++ {
		j--
	}
	if j < 0 || j == k-1 {
		return -1
	}
	if s.toks[j].kind == tokNum || s.toks[j].class&clsNumber != 0 && cardinalIDs.at(s.toks[j].id) > 0 {
		return j
	}
	return -1
}

// eventInClause finds the nearest event word before token i in the same
// clause (no other figure, no semicolon between).
func (s *sent) eventInClause(i int) string {
	for k := i - 1; k >= 0 && k >= i-14; k-- {
		t := &s.toks[k]
		if t.kind == tokNum || t.text == ";" || t.text == ":" {
			return ""
		}
		if ev, _ := s.eventAt(k); ev != "" {
			if !canonicalEvents[ev] {
				return ""
			}
			return ev
		}
	}
	return ""
}

// simplePassiveBefore reports a simple auxiliary right before token k, or
// before one adverb there: "homes were damaged", "structures were still
// threatened".
func (s *sent) simplePassiveBefore(k int) bool {
	if simpleAuxiliaryIDs.has(s.id(k - 1)) {
		return true
	}
	return (groupAdverbIDs.has(s.id(k-1)) || isAdverb(s.word(k-1))) && simpleAuxiliaryIDs.has(s.id(k-2))
}

// simpleAuxiliaries make a simple passive: "homes were damaged".
var simpleAuxiliaries = map[string]bool{"were": true, "was": true, "are": true, "is": true}

// eventAt reads an event word or phrase at token k and returns its canonical
// form and the token after it.
func (s *sent) eventAt(k int) (string, int) {
	t := s.toks
	if k < 0 || k >= len(t) || t[k].kind != tokWord {
		return "", k
	}
	w := t[k].text
	// Longest phrases first.
	if k+1 < len(t) && t[k].class&clsEventLead != 0 {
		two := w + " " + t[k+1].text
		if k+2 < len(t) {
			if ev := eventWords[two+" "+t[k+2].text]; ev != "" {
				return ev, k + 3
			}
			if k+3 < len(t) {
				if ev := eventWords[two+" "+t[k+2].text+" "+t[k+3].text]; ev != "" {
					return ev, k + 4
				}
			}
		}
		if ev := eventWords[two]; ev != "" {
			return ev, k + 2
		}
	}
	switch w {
	case "toll":
		return "killed", k + 1 // "the toll rose to 31": in news, a death toll
	case "lives", "death", "bodies", "remains", "cases", "casualties":
		// Only as part of a phrase or as the counted noun.
		if w == "death" && k+1 < len(t) && t[k+1].text == "toll" {
			return "killed", k + 2
		}
		if (w == "bodies" || w == "remains") && k+1 < len(t) && t[k+1].text == "of" {
			return "killed", k + 2 // "the bodies of 27 children", "remains of 79 victims"
		}
		return "", k
	case "taken", "rushed", "brought", "airlifted", "flown":
		// "taken to the local hospital"
		if k+1 < len(t) && t[k+1].text == "to" {
			for x := k + 2; x < len(t) && x <= k+4; x++ {
				if t[x].text == "hospital" || t[x].text == "hospitals" {
					return "hospitalised", x + 1
				}
			}
		}
	case "shot":
		if k+1 < len(t) && t[k+1].text == "down" {
			return "shot down", k + 2
		}
		return "", k
	}
	if t[k].class&clsEvent == 0 {
		return "", k + 1
	}
	return eventWordIDs.at(t[k].id), k + 1
}

// change reads a change around the figure: "rose 3%" (by), "fell by 20"
// (by), "rose to 31" (to), "down from 3.8%" (from), "up 18%", "a 3% rise".
func (s *sent) change(c *cand) {
	if c.kind == KindOrdinal || c.kind == KindDate {
		return // a rank or a date does not rise or fall
	}
	t := s.toks
	k := c.i - 1
	role := "by"
	// "down from a peak of more than 1 million": a size noun in an
	// of-phrase between the preposition and the figure
	if k > 2 && t[k].text == "of" && sizeNounIDs.has(t[k-1].id) && t[k-2].class&clsDeterminer != 0 {
		if p := s.word(k - 3); p == "to" || p == "from" {
			k -= 2
		}
	}
	// "down from the 1.5% it forecast", "rose to a record 31": a
	// determiner between the preposition and the figure
	if k > 0 && t[k].class&clsDeterminer != 0 {
		if p := s.word(k - 1); p == "to" || p == "from" {
			k--
		}
	}
	if s.word(c.i) == "as" && (s.word(c.i+1) == "high" || s.word(c.i+1) == "low") && s.word(c.i+2) == "as" {
		// "rose as high as $147.27": the hedge names the level reached
		role = "to"
	}
	switch s.word(k) {
	case "to", "from":
		role = s.word(k)
		k--
		// "cut rates to 0.1% from 0.25%": the verb's object stands
		// between the verb and "to" (as before "by", below); for a count,
		// a toll's noun ("raising the toll from 129", "bringing the
		// number of dead to 52")
		if v := s.objectVerb(k); v >= 0 && (c.kind == KindPercent || c.kind == KindMoney || c.kind == KindAge || c.kind == KindCount && s.tallyWithin(v+1, k)) {
			k = v
		}
	case "by":
		k--
		// "cut interest rates by 25 basis points": the verb's object
		// stands between the verb and "by".
		for x := 0; x < 4 && k > 0 && t[k].kind == tokWord && (t[k].class&clsSubjectStop == 0 || t[k].class&clsDeterminer != 0); x++ {
			if _, ok := changeWordIDs.get(t[k].id); ok {
				break
			}
			k--
		}
	}
	qualified := true // only "by" and rate qualifiers stand between the word and the figure
	for skipped := 0; k >= 0 && skipped < 5; skipped++ {
		w := t[k].text
		if dir, ok := changeWordIDs.get(t[k].id); ok {
			// "cut", "lost" and "up" need a figure right after them
			// ("up by annualized 1.6%": a qualified rate is right after).
			// A drift verb's particle is the verb itself ("inched up its
			// key interest rate by a quarter-point").
			if (w == "up" || w == "down") && k != c.i-1 && role != "from" && role != "to" && !(qualified && s.word(k+1) == "by") && !(role == "by" && isChangeVerb(s.word(k-1))) {
				return
			}
			if w == "up" && s.word(c.i-1) == "to" && k == c.i-2 && !s.upParticle(k) {
				return // "up to" is a bound
			}
			// A count changes only with "by", "to" or "from": "lost 12
			// soldiers" is no change of a level.
			if c.kind == KindCount && role == "by" && s.word(c.i-1) != "by" {
				return
			}
			c.change, c.role = dir, role
			return
		}
		if !changeGapIDs.has(t[k].id) {
			break
		}
		qualified = qualified && (w == "by" || rateQualifierIDs.has(t[k].id))
		k--
	}
	// After the figure: "a 3% rise", "an 18% increase".
	j := c.j
	if j < len(t) {
		switch t[j].text {
		case "rise", "increase", "jump", "gain", "hike", "surge", "growth":
			c.change, c.role = "up", "by"
		case "fall", "drop", "decline", "decrease", "cut", "reduction", "slump", "loss", "contraction":
			c.change, c.role = "down", "by"
		case "higher", "more":
			if c.kind != KindCount {
				c.change, c.role = "up", "by"
			}
		case "lower", "less":
			if c.kind != KindCount {
				c.change, c.role = "down", "by"
			}
		}
	}
}

// fromAfter reports whether the tokens [i, j) between a new level and the
// next figure lead to that figure's old level: "from" right before it,
// after at most a time and a comma ("slowed to 4.5% from 5.1%", "rose to
// 78 on Thursday, from 62 a day earlier"), or before the figure's own
// determiner ("to 10.35 million, from the 10.32 million it announced").
func (s *sent) fromAfter(i, j int) bool {
	j = s.fromAt(j)
	if j <= i || j-i > 5 || s.word(j-1) != "from" {
		return false
	}
	for k := i; k < j-1; k++ {
		t := &s.toks[k]
		if t.text != "," && t.text != "on" && t.text != "in" && t.class&clsDate == 0 {
			return false
		}
	}
	return true
}

// linkChanges joins "from X to Y" and "Y, down from X": the new level
// learns the level it changed from.
func (s *sent) linkChanges(cands []cand) {
	// "taking the number of dead from 125 to 149": a tally moved from one
	// level to another, the first the level it changed from.
	for a := 0; a+1 < len(cands); a++ {
		ca, cb := &cands[a], &cands[a+1]
		if ca.kind == "" || cb.kind != ca.kind || ca.role != "" || cb.i != ca.j+1 || s.word(ca.j) != "to" ||
			s.word(ca.i-1) != "from" || !s.changeBefore(ca.i-1) {
			continue
		}
		dir := "up"
		if cb.value < ca.value {
			dir = "down"
		}
		if cb.change == "" {
			cb.change, cb.role = dir, "to"
		}
		ca.change, ca.role = dir, "from"
		if ca.subject == "" {
			ca.subject, ca.event = cb.subject, cb.event
		}
	}
	// "dropped 0.2 percentage points to 3.6%", "rose 1.7% to $93 a
	// barrel": the level after "to" is what changed, and says of the same
	// thing.
	for a := 0; a+1 < len(cands); a++ {
		ca, cb := &cands[a], &cands[a+1]
		to := ca.j
		if s.word(to) == "," {
			to++ // "improved by half a point, to 14.2%"
		}
		if ca.kind == "" || cb.kind == "" || ca.role != "by" || ca.change == "" || cb.i != to+1 || s.word(to) != "to" {
			continue
		}
		if cb.change == "" {
			cb.change, cb.role = ca.change, "to"
		}
		if cb.subject == "" {
			cb.subject, cb.event = ca.subject, ca.event
		}
	}
	// "net profit was $610 million, down 12%", "revenue of $4.87bn, up 6%
	// from $4.59bn": a change said right after a figure is that figure's
	// change, and the level it started from is the same thing's.
	prev := -1
	for a := range cands {
		cb := &cands[a]
		if cb.kind == "" {
			continue
		}
		if prev >= 0 {
			cp := &cands[prev]
			switch {
			case cb.role == "by" && cb.subject == "" && cp.subject != "" && cp.role != "by" && apposedChange(s.between(cp.j, cb.i)):
				cb.subject, cb.event = cp.subject, cp.event
			case cb.role == "" && cb.subject == "" && cp.role == "by" && cb.i == cp.j+1 && s.word(cp.j) == "from":
				cb.change, cb.role = cp.change, "from"
				if prev > 0 && cands[prev-1].kind == cb.kind {
					cb.subject, cb.event = cands[prev-1].subject, cands[prev-1].event
				}
			case cb.role == "" && cp.role == "to" && cp.kind == cb.kind && s.fromAfter(cp.j, cb.i):
				// "slowed to 4.5% from 5.1%": the level it changed from,
				// of the same thing
				cb.change, cb.role = cp.change, "from"
				if cb.subject == "" {
					cb.subject, cb.event = cp.subject, cp.event
				}
			}
		}
		prev = a
	}
	// "10 kilometres (6.2 miles)", "less than 10 pounds (5kg) of
	// explosives": a conversion in brackets measures the same thing, and
	// an of-phrase after the bracket says what for both.
	for a := 1; a < len(cands); a++ {
		ca, cb := &cands[a-1], &cands[a]
		if ca.kind == "" || cb.kind != ca.kind || cb.i != ca.j+1 || s.word(ca.j) != "(" || s.word(cb.j) != ")" {
			continue
		}
		if of, _ := s.ofPhrase(cb.j + 1); of != "" && ca.kind == KindQuantity {
			ca.subject, cb.subject = of, of
		}
		if ca.subject != "" && (cb.subject == "" || ca.kind == KindQuantity) {
			cb.subject, cb.event = ca.subject, ca.event
		}
		// "up to 250 km/h (155 mph)", "about 750 miles (1,200 km)": the
		// conversion carries the hedge of what it converts
		if cb.bound == BoundExact && ca.bound != BoundExact && ca.bound != BoundRange && ca.bound != "" {
			cb.bound = ca.bound
			switch ca.bound {
			case BoundAtLeast, BoundMoreThan:
				cb.high = nil
			case BoundAtMost, BoundLessThan:
				cb.low = nil
			}
		}
	}
	// "net profit is $6.66bn, compared to $4.18bn a year before": the
	// figure compared with is the same thing's.
	for a := 1; a < len(cands); a++ {
		ca, cb := &cands[a-1], &cands[a]
		if ca.kind == "" || cb.kind != ca.kind || ca.subject == "" || cb.subject != "" || cb.rule == "table" {
			continue
		}
		if k := cb.i - ca.j; k >= 2 && k <= 3 && comparedWith(s.between(ca.j, cb.i)) {
			cb.subject, cb.event = ca.subject, ca.event
		}
	}
	// "closed at $94.23, after peaking at $94.74": a price in a phrase
	// with no noun of its own is the same thing's as the price before.
	for a := 1; a < len(cands); a++ {
		ca, cb := &cands[a-1], &cands[a]
		if ca.kind != KindMoney || cb.kind != KindMoney || ca.subject == "" || cb.subject != "" || cb.i < ca.j || cb.i-ca.j > 8 {
			continue
		}
		if priceGap(s.between(ca.j, cb.i)) {
			cb.subject = ca.subject
		}
	}
	// "Labor has won 71 seats, the coalition 50 with 27 undecided": a
	// bare count right after a counted one, with only a name between,
	// counts the same things.
	for a := 1; a < len(cands); a++ {
		cp, cb := &cands[a-1], &cands[a]
		if cb.kind == KindCount && cp.kind == KindCount && cb.subject == "" && cp.subject != "" && cp.event == "" &&
			cb.rule != "table" && elidedNounGap(s.between(cp.j, cb.i)) {
			cb.subject = cp.subject
		}
	}
	for a := range cands {
		ca := &cands[a]
		if ca.kind == "" || ca.role != "from" {
			continue
		}
		// Only the neighbours can be the other end of "from … to …".
		for _, b := range [2]int{a + 1, a - 1} {
			if b < 0 || b >= len(cands) {
				continue
			}
			cb := &cands[b]
			if cb.kind != ca.kind || cb.unit != ca.unit || cb.hasFrom {
				continue
			}
			// "from 3% to 5%": the next figure, after "to".
			if b == a+1 && cb.i == ca.j+1 && s.word(ca.j) == "to" {
				cb.change, cb.role = ca.change, "to"
				cb.from, cb.hasFrom = ca.value, true
				if cb.subject == "" {
					cb.subject = ca.subject
				} else if ca.subject == "" {
					// "revised upwards from 131 to 148 died": the two
					// ends count one thing
					ca.subject, ca.event = cb.subject, cb.event
				}
				break
			}
			// "fell to 3.5%, down from 3.8%": the figure before.
			if b == a-1 && cb.role == "to" {
				cb.from, cb.hasFrom = ca.value, true
				if ca.subject == "" {
					ca.subject, ca.event = cb.subject, cb.event
				}
				break
			}
		}
		// "delivered 142 aircraft in the first quarter, up from 127 a year
		// earlier", "640,000 customers remained without power, down from
		// a peak of more than 1 million": the old level set after a level
		// of no change is that level's old value, of the same thing (a
		// date or rank between is no figure of its own).
		if ca.subject != "" || ca.hasFrom {
			continue
		}
		for b := a - 1; b >= 0; b-- {
			cb := &cands[b]
			if cb.kind == "" || cb.kind == KindDate || cb.kind == KindOrdinal {
				continue
			}
			if cb.kind == ca.kind && cb.unit == ca.unit && cb.role == "" && cb.change == "" {
				ca.subject, ca.event = cb.subject, cb.event
			}
			break
		}
	}
}

// priceGap reports whether the tokens between two prices hold a verb of
// price motion and no noun: ", after peaking at", "after touching an
// all-time high of".
func priceGap(gap []token) bool {
	verb := false
	for k := range gap {
		w := gap[k].text
		switch {
		case priceVerbs[w]:
			verb = true
		case w == "," || w == "per" || w == "barrel" || w == "after" || w == "before" || w == "then" || w == "and" ||
			priceParticles[w] || gap[k].class&(clsStray|clsDeterminer|clsAuxiliary) != 0 || gap[k].kind == tokPunct:
		default:
			return false
		}
	}
	return verb
}

// comparedWith reports ", compared to", "compared with", "against",
// "versus" between two figures.
func comparedWith(gap []token) bool {
	k := 0
	if gap[k].text == "," {
		k++
	}
	if k < len(gap) && gap[k].text == "compared" && k+2 == len(gap) && (gap[k+1].text == "to" || gap[k+1].text == "with") {
		return true
	}
	return k+1 == len(gap) && (gap[k].text == "against" || gap[k].text == "versus" || gap[k].text == "vs")
}

// elidedNounGap reports whether the tokens between two counts leave the
// second's noun out: ", the coalition", "with", "and", "and in Nice".
func elidedNounGap(gap []token) bool {
	if len(gap) == 0 || len(gap) > 6 {
		return false
	}
	for k := range gap {
		t := &gap[k]
		switch {
		case t.text == "," || t.text == "with" || t.text == "and" || t.class&clsDeterminer != 0:
		case gapPrepositions[t.text] && (k+1 < len(gap) && gap[k+1].upper || k+1 == len(gap) && k > 0 && gap[k-1].upper):
			// "and in Nice", ", the hospital in Grieskirchen", ", the
			// Farmers' Union for": a place or a name the count is of
		case t.text == "'" && k > 0 && gap[k-1].upper:
		case t.kind == tokWord && t.upper && k+1 < len(gap) && gapPrepositions[gap[k+1].text]:
			// "the Left for 8": a name, whatever else its word is
		case t.kind == tokWord && t.class&clsSubjectStop == 0 && t.class&clsEvent == 0 && !isVerbish(t.text) &&
			!isPastVerb(t.text) && !isIngForm(t.text) && !strings.HasSuffix(t.text, "ed") && !isMeasureWord(t):
			if _, change := changeWordIDs.get(t.id); change {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// apposedChange reports whether the tokens between a figure and a change
// make the change an apposition of the figure: ", down", ", up", "and up".
func apposedChange(gap []token) bool {
	if len(gap) == 0 || len(gap) > 3 {
		return false
	}
	comma := false
	for _, t := range gap {
		switch {
		case t.text == ",":
			comma = true
		case t.text == "up" || t.text == "down":
		default:
			return false
		}
	}
	return comma
}

// isPluralNoun guesses a plural noun: irregular plurals, or a word ending in
// a single s that is not a verb form in -es after a sibilant.
func isPluralNoun(w string) bool {
	switch w {
	case "people", "children", "men", "women", "police", "staff", "personnel", "cattle", "sheep", "livestock", "troops", "data":
		return true
	case "measles", "mumps", "rabies", "diabetes", "herpes", "scabies", "physics", "economics", "politics", "news", "series", "species", "gas", "bus", "status", "virus", "campus", "bonus", "census", "crisis", "basis", "analysis", "this", "its", "his", "has", "was", "is", "us", "less", "across", "thus", "plus":
		return false
	}
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u' && w[len(w)-2] != '\''
}

// nounsInEdIng are nouns that end like verb forms.
var nounsInEdIng = map[string]bool{
	"building": true, "buildings": true, "housing": true, "funding": true, "spending": true,
	"meeting": true, "shipping": true, "bed": true, "seed": true, "speed": true, "feed": true,
	"hundred": true, "ceiling": true, "clothing": true, "training": true, "evening": true,
	"morning": true, "offering": true, "wedding": true, "lending": true, "borrowing": true,
	"earnings": true, "savings": true, "holdings": true, "findings": true, "bombing": true,
	"bombings": true, "shooting": true, "shootings": true, "warning": true,
	"rating": true, "ratings": true, "listing": true, "listings": true, "booking": true,
	"bookings": true, "sibling": true, "siblings": true, "dwelling": true, "dwellings": true,
	"swing": true, "swings": true, "thing": true, "things": true, "string": true, "spring": true,
	"king": true, "ring": true, "wing": true, "ceilings": true, "shed": true, "proceeds": true,
}

// isPastVerb reports common irregular past-tense verbs that end a noun
// phrase: "a magnitude 6.8 earthquake struck".
func isPastVerb(w string) bool {
	switch w {
	case "struck", "hit", "left", "came", "went", "began", "begun", "took", "gave", "made", "saw",
		"found", "became", "brought", "kept", "held", "stood", "ran", "met", "sent", "spent",
		"built", "paid", "sold", "bought", "fought", "caught", "taught", "thought", "told",
		"said", "felt", "put", "set", "cut", "won", "lost", "led", "fled", "flew", "drove",
		"rose", "fell", "grew", "fired", "swept", "tore", "burned", "burnt", "remain", "remained",
		"remains", "include", "includes", "included", "face", "faces", "faced", "need", "needs",
		"live", "lived", "work", "works", "worked", "voted", "took part",
		"arrived", "arrive", "arrives", "crossed", "joined", "returned", "received", "reached",
		"attended", "applied", "signed", "served", "waited", "died", "marched", "gathered":
		return true
	}
	return false
}

// phraseEnders are words that follow a measure without being measured:
// "12 km away", "a 30 m high wall".
var phraseEnders = map[string]bool{
	"away": true, "long": true, "wide": true, "high": true, "deep": true, "tall": true,
	"thick": true, "north": true, "south": true, "east": true, "west": true, "northeast": true,
	"northwest": true, "southeast": true, "southwest": true, "apart": true, "ahead": true,
	"behind": true, "earlier": true, "later": true, "ago": true, "old": true, "apiece": true,
	"each": true, "alone": true, "overall": true, "altogether": true, "combined": true,
	"respectively": true, "annually": true, "yearly": true, "monthly": true,
	"daily": true, "weekly": true, "a": true, "year-on-year": true, "overnight": true,
	"higher": true, "lower": true, "well": true, "aboard": true, "onboard": true,
	"warmer": true, "hotter": true, "cooler": true, "colder": true, // "at least 1c warmer than"
	"today": true, "yesterday": true, "tonight": true, "tomorrow": true,
	"previously": true, "initially": true, "originally": true, // "the 19 initially reported"
}

// objectVerb finds, before token k (the word before "to"), a verb of
// change whose object stands between it and "to": "cut rates to 0.1%",
// "raised its full-year profit forecast to $2.1 billion", "cut its growth
// forecast for 2026 to 1.2%", "raised its count of 2025 global sales to
// 10.35 million". The object is at most six tokens of words, hyphens,
// determiners, years and months, and "of" or "for" within it; -1 if no
// such verb ("up" and "down" change only what follows them).
func (s *sent) objectVerb(k int) int {
	return s.verbBeforeObject(k, 6, func(v int) bool {
		_, ok := changeWordIDs.get(s.toks[v].id)
		return ok && s.toks[v].text != "up" && s.toks[v].text != "down"
	})
}

// verbBeforeObject walks back from token k, the last of a verb's object,
// over at most n tokens of the object (objectToken) and returns the first
// token before them that isVerb accepts, or -1.
func (s *sent) verbBeforeObject(k, n int, isVerb func(v int) bool) int {
	for x, at := 0, k; x < n && at > 0 && s.objectToken(at, k); x++ {
		if isVerb(at - 1) {
			return at - 1
		}
		at--
	}
	return -1
}

// objectToken reports whether token at may stand in a verb's object that
// ends at token k: a word that ends no noun phrase, a determiner, a hyphen
// inside a word ("full-year"), a year or month, or "of" and "for" inside
// it (never the object's last word).
func (s *sent) objectToken(at, k int) bool {
	t := &s.toks[at]
	switch {
	case t.class&clsDate != 0 || isYear(t):
		return true
	case t.text == "-":
		return !t.space && at+1 < len(s.toks) && !s.toks[at+1].space
	case t.kind != tokWord:
		return false
	case t.text == "of" || t.text == "for":
		return at < k
	}
	return t.class&clsSubjectStop == 0 || t.class&clsDeterminer != 0
}

// tallyWithin reports a tally's noun ("toll", "number", "count") among
// tokens [i, k]: a count changes to a level only as a tally does.
func (s *sent) tallyWithin(i, k int) bool {
	for x := max(i, 0); x <= k; x++ {
		if s.tallyObject(x) {
			return true
		}
	}
	return false
}

// fromAt returns where "from" must stand for a figure at token j to be an
// old level: right before it, or before the figure's determiner and an
// earlier-word ("from the 10.32 million", "from an earlier 35,000", "from
// its previous 3.4%").
func (s *sent) fromAt(j int) int {
	k := j
	if k > 0 && earlierAdjectives[s.word(k-1)] {
		k--
	}
	if k > 0 && s.toks[k-1].class&clsDeterminer != 0 && s.word(k-2) == "from" {
		return k - 1
	}
	return j
}

// upParticle reports whether "up" at token k is a verb's particle, not the
// first word of the bound "up to": right after a verb of drift ("edged up
// to 3.9%"), or after one and its object ("revised the death toll up to
// 41", "revises 2025 sales total up to 10.35 million").
func (s *sent) upParticle(k int) bool {
	if isChangeVerb(s.word(k - 1)) {
		return true
	}
	return s.verbBeforeObject(k-1, 5, func(v int) bool { return isChangeVerb(s.word(v)) }) >= 0
}

// changeNouns name a rise or a fall, which a figure before them measures
// ("an 11% rise in revenue"): what changed follows "in".
var changeNouns = map[string]bool{
	"rise": true, "increase": true, "jump": true, "gain": true, "surge": true, "growth": true, "hike": true,
	"fall": true, "drop": true, "decline": true, "decrease": true, "cut": true, "reduction": true,
	"slump": true, "slide": true, "dip": true, "contraction": true, "plunge": true,
}
