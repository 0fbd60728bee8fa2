package facts

import (
	"math"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/figcheck/figcheck/lexicon"
)

// Extract returns the facts of one document, sorted by start offset. doc is
// the name the facts carry; text is the document as read (any bytes: invalid
// UTF-8 and NUL bytes are tolerated, offsets always index text).
func Extract(doc string, text []byte) []Fact {
	return ExtractString(doc, string(text))
}

// ExtractString is Extract for a string.
func ExtractString(doc string, text string) []Fact {
	// Facts are built in place in the collector's buffers (a buffer reused
	// across calls, then a slice sized by estimate, then blocks) and
	// copied once into a slice of the exact size only where the estimate
	// fell short: a 400-byte Fact built apart and copied in costs as much
	// as building it, and growing one slice would copy every Fact again
	// at each doubling.
	c := collectors.Get().(*collector)
	c.size = len(text)
	w := workers.Get().(*work)
	w.reset(doc, c.add)
	w.sink = c
	w.extract(text)
	w.sink = nil
	workers.Put(w)
	out := c.join()
	collectors.Put(c)
	return out
}

// factBlock is how many facts a block of ExtractString holds at most;
// blocks double up to it.
const factBlock = 1024

// scratchFacts is how many facts the reused buffer of a collector holds:
// those of most documents.
const scratchFacts = 4096

// minFreeFacts is the room a collector makes before a sentence is read
// into it: a sentence with more facts than the room left is built apart
// and added fact by fact.
const minFreeFacts = 32

type collector struct {
	scratch []Fact // reused; cleared after each document
	// out is the result of a document with more facts than scratch holds,
	// allocated once for as many as the text read so far foretells;
	// facts past its capacity go in blocks.
	out   []Fact
	full  [][]Fact
	n     int
	block []Fact
	size  int // of the text: the rest of it tells how many facts may follow
}

var collectors = sync.Pool{New: func() any { return &collector{scratch: make([]Fact, 0, scratchFacts)} }}

// current returns the buffer facts go to now: scratch, then out, then
// the last block.
func (c *collector) current() *[]Fact {
	switch {
	case c.out == nil:
		return &c.scratch
	case c.block == nil:
		return &c.out
	}
	return &c.block
}

// room returns the free capacity of the current buffer, where a sentence
// that starts at document offset read builds its facts (empty, its
// capacity the room). Scratch is moved to out when it has less room than
// minFreeFacts; out and the blocks are followed by a new block when full,
// as add does.
func (c *collector) room(read int) []Fact {
	buf := c.current()
	switch {
	case c.out == nil && cap(c.scratch)-len(c.scratch) < minFreeFacts:
		c.grow(read)
		buf = c.current()
	case c.out != nil && len(*buf) == cap(*buf):
		// out, or a block, is full: the next block begins.
		c.newBlock(read)
		buf = c.current()
	}
	b := *buf
	return b[len(b):len(b):cap(b)]
}

// commit takes the k facts built in place in the room given by room.
func (c *collector) commit(k int) {
	buf := c.current()
	*buf = (*buf)[:len(*buf)+k]
	c.n += k
}

// grow moves the facts of scratch to out, allocated for as many facts
// per byte in the rest of the text (from offset read) as so far, and an
// eighth more; never more than one per 16 bytes of the text.
func (c *collector) grow(read int) {
	read = max(read, 1)
	est := min(c.n*c.size/read*9/8, c.size/16) + 64
	c.out = append(make([]Fact, 0, max(est, c.n, len(c.scratch)+minFreeFacts)), c.scratch...)
}

// newBlock keeps the full block and begins the next, of twice its size up
// to factBlock, and no larger than what the rest of the text (from offset
// read) foretells.
func (c *collector) newBlock(read int) {
	if c.block != nil {
		c.full = append(c.full, c.block)
	}
	next := min(2*cap(c.block)+16, factBlock)
	if read > 0 && read < c.size {
		// As many again as the text read so far held per byte, and some:
		// a block much larger than the rest needs is cleared for nothing.
		next = min(next, c.n*(c.size-read)/read+16)
	}
	c.block = make([]Fact, 0, next)
}

// add copies one fact into the collector (a fact not built in place).
func (c *collector) add(f *Fact) {
	c.n++
	if c.out == nil {
		// scratch is moved to out once full, or once room finds it
		// short of room.
		if len(c.scratch) < cap(c.scratch) {
			c.scratch = append(c.scratch, *f)
			return
		}
		c.grow(f.Start)
	}
	if len(c.out) < cap(c.out) && c.block == nil {
		c.out = append(c.out, *f)
		return
	}
	if len(c.block) == cap(c.block) {
		c.newBlock(f.Start)
	}
	c.block = append(c.block, *f)
}

// join returns the facts in one slice of their number (never nil) and
// leaves the collector empty, its buffer cleared of the document's strings.
func (c *collector) join() []Fact {
	var out []Fact
	if c.out != nil && c.block == nil {
		out = c.out // the estimate held: no copy
	} else {
		out = make([]Fact, 0, c.n)
		if c.out != nil {
			out = append(out, c.out...)
		} else {
			out = append(out, c.scratch...)
		}
		for _, b := range c.full {
			out = append(out, b...)
		}
		out = append(out, c.block...)
	}
	clear(c.scratch)
	c.scratch, c.out, c.full, c.block, c.n = c.scratch[:0], nil, nil, nil, 0
	return out
}

// ExtractEach calls fn with each fact of a document in order of offset, as
// it reads: memory holds one sentence's facts at a time, whatever the size
// of the document. The *Fact is valid only during the call; copy it to keep
// it.
func ExtractEach(doc string, text string, fn func(*Fact)) {
	w := workers.Get().(*work)
	defer workers.Put(w)
	w.reset(doc, fn)
	w.extract(text)
}

// extract reads a whole document, chunk by chunk.
func (w *work) extract(text string) {
	for pos := 0; pos < len(text); {
		end := chunkEnd(text, pos, chunkSize)
		from := max(0, pos-lookBehind)
		w.chunk(text[from:end], from, pos-from)
		pos = end
	}
	w.emit = nil
}

// work holds the buffers of one extraction, reused across calls.
type work struct {
	doc string
	// src is the window of the document being read: the chunk, and a few
	// bytes before it that the lexer may look back at; base is the
	// window's offset in the document, line the line of its first byte.
	src       string
	lower     string
	base      int
	line      int
	lineEnds  []int // offsets of the window's line breaks, once read
	linesRead bool
	lineAt    int // how many of lineEnds lie before the last fact asked (lineOf)
	toks      []token
	sents     [][2]int
	nums      []numSpan
	numsFrom  int // the token before which no number starts (figureFrom)
	cands     []cand
	used      []bool
	facts     []Fact // the current sentence's facts
	ownFacts  []Fact // the buffer they are built in when there is no sink
	// sink, when set, is the collector of ExtractString: the facts of a
	// sentence are built in place in its buffer, and emit is its add.
	sink   *collector
	order  []int     // facts, by offset
	vals   []float64 // the slab the facts' numbers point into
	floats []float64 // the current sentence's interval ends (sent.ptr)
	spans  []numSpan // the current sentence's range ends (sent.span)
	// monthDates are the current sentence's dates of a month ("September
	// 2022"), facts of their own, not candidates (readFrames)
	monthDates []frameSpan
	sent       sent
	emit       func(*Fact)
	sentStart  int // window offset of the current sentence
	sentText   string
	table      table             // the header of a text table being read (table.go)
	frames     frames            // the current sentence's frame phrases, its slices reused
	phrase     []byte            // the buffer properPhrase builds a phrase in
	strs       strSlab           // where the strings built for facts are written
	npBuf      []byte            // the buffer npBeforeAt builds a phrase in
	framed     []framedFact      // the current sentence's figures and their facts (shareClauseTimes)
	dates      map[string]string // the date values made so far (dateString)
	// lastCounted is what the last count with a subject of the sentences
	// read so far counts: the antecedent of "Seven of them" opening the
	// next sentence.
	lastCounted string
	// lastShare is the measure of the last share of a vote read so far
	// (carriedShares), which a named side's bare percentage carries on.
	lastShare   string
	lastShareAt int // the document offset of the sentence that gave it
	// carry says what a chunk did with the state it inherits from the
	// chunks before it (ParallelStream): set when it wrote lastCounted or
	// lastShare, read when it read one before writing it.
	carry carryUse
	// notNouns remembers lexicon.NotNoun of recent words (notNoun).
	notNouns [1 << notNounBits]notNounEntry
}

// notNounBits is the number of hash bits notNouns is indexed by.
const notNounBits = 9

// notNounEntry is a word of at most 16 bytes, packed (wordKey of its two
// halves), and lexicon.NotNoun of it. The bytes are copied, so an entry
// keeps no text alive.
type notNounEntry struct {
	key     [2]uint64
	n       uint8 // the word's length; 0 for an empty entry
	notNoun bool
}

// notNoun is lexicon.NotNoun(word), remembered in a small direct-mapped
// table: the counted noun of every figure asks it, mostly of the same
// few hundred words, and WordNet's reading costs a hash and a lookup in
// a table too large for the nearest cache. NotNoun depends on the word
// alone, so a remembered answer is the answer.
func (w *work) notNoun(word string) bool {
	n := len(word)
	if n == 0 || n > 16 || strings.IndexByte(word, ' ') >= 0 {
		// A phrase is asked of WordNet each time: its answer may
		// change once WordNet's own cache holds it.
		return lexicon.NotNoun(word)
	}
	var key [2]uint64
	if n > 8 {
		key = [2]uint64{load64(word), wordKey(word[8:])}
	} else {
		key[0] = wordKey(word)
	}
	e := &w.notNouns[classHash(key[0]^key[1]*0x9e3779b97f4a7c15, n)>>(32-notNounBits)]
	if int(e.n) == n && e.key == key {
		return e.notNoun
	}
	not := lexicon.NotNoun(word)
	*e = notNounEntry{key: key, n: uint8(n), notNoun: not}
	return not
}

var workers = sync.Pool{New: func() any { return new(work) }}

func (w *work) reset(doc string, fn func(*Fact)) {
	w.doc, w.emit = doc, fn
	w.facts = w.ownFacts[:0]
	w.sink = nil
	w.line = 1
	w.base = 0
	w.src = ""
	w.table.clear()
	w.lastCounted = ""
	w.lastShare, w.lastShareAt = "", 0
}

// chunkSize is about how much text is tokenized at a time: chunks end at a
// paragraph or sentence end, so that memory stays small whatever the size
// of the document or of its lines.
const chunkSize = 64 << 10

// lookBehind is how many bytes before a chunk its window shows the lexer,
// which looks back a byte or two (is a dot a decimal point, is a letter
// part of an initial).
const lookBehind = 8

// maxSentenceTokens bounds the work per figure: a sentence longer than
// this (a list without full stops, a whole file on one line) is read as
// pieces of at most this many tokens, cut at a comma or semicolon where
// there is one, and a fact's sentence is its piece. News sentences run
// well under a hundred tokens.
const maxSentenceTokens = 400

// chunk extracts the facts of window[from:], the window starting at
// document offset base.
func (w *work) chunk(window string, base, from int) {
	w.advanceLines(base)
	w.src, w.base = window, base
	w.linesRead = false
	// The lower-cased window is new for every chunk: facts may keep
	// strings that point into it.
	w.lower = lowerASCIIAll(window)
	w.toks = tokenize(w.src, w.lower, from, len(window), w.toks)
	w.sents = splitSentences(w.src, w.toks, w.sents)
	for _, sn := range w.sents {
		for a := sn[0]; a < sn[1]; {
			b := pieceEnd(w.toks, a, sn[1])
			w.sentenceFacts(w.toks[a:b])
			a = b
		}
	}
}

// pieceEnd returns where the piece of the sentence toks[a:b] that starts
// at a ends (see maxSentenceTokens).
func pieceEnd(toks []token, a, b int) int {
	if b-a <= maxSentenceTokens {
		return b
	}
	end := a + maxSentenceTokens
	for k := end - 1; k > a+maxSentenceTokens/2; k-- {
		if toks[k].kind == tokPunct && (toks[k].text == "," || toks[k].text == ";") {
			return k + 1
		}
	}
	return end
}

// sentenceFacts extracts and emits the facts of one sentence, by offset.
func (w *work) sentenceFacts(toks []token) {
	from := figureFrom(toks)
	if from < 0 {
		w.table.line(toks) // a table's header holds no figure
		return
	}
	var room []Fact
	if w.sink != nil {
		room = w.sink.room(w.base + int(toks[0].start))
		w.facts = room
	} else {
		w.facts = w.ownFacts[:0]
	}
	w.numsFrom = from
	w.sentence(toks)
	if w.sink != nil && len(w.facts) > 0 && cap(w.facts) == cap(room) && &w.facts[:1][0] == &room[:1][0] {
		// Built in place: sort them there (stable, as the indexes
		// below), and the collector takes them.
		fs := w.facts
		for i := 1; i < len(fs); i++ {
			if fs[i].Start >= fs[i-1].Start {
				continue
			}
			f := fs[i]
			j := i
			for ; j > 0 && f.Start < fs[j-1].Start; j-- {
				fs[j] = fs[j-1]
			}
			fs[j] = f
		}
		w.sink.commit(len(fs))
		w.facts = nil
		return
	}
	if w.sink != nil {
		// More facts than the room: they were moved apart; clear the
		// room of the strings they left there.
		clear(room[:min(len(w.facts), cap(room))])
	} else {
		w.ownFacts = w.facts[:0]
	}
	// Sort indexes, not 400-byte facts; dates are read before numbers, so
	// the order is nearly right already.
	w.order = w.order[:0]
	for i := range w.facts {
		w.order = append(w.order, i)
	}
	for i := 1; i < len(w.order); i++ {
		for j := i; j > 0 && w.facts[w.order[j]].Start < w.facts[w.order[j-1]].Start; j-- {
			w.order[j], w.order[j-1] = w.order[j-1], w.order[j]
		}
	}
	for _, i := range w.order {
		w.emit(&w.facts[i])
	}
	w.facts = nil
}

// figureFrom reports where the first number of a sentence may start, or -1
// when it holds none: no numeral, symbol, month or weekday, nor a word that
// starts a written number. Facts come from dates and number spans only, so
// the others are skipped whole, and parseNumbers need not read again the
// words found here to start none.
func figureFrom(toks []token) int {
	for k := range toks {
		t := &toks[k]
		switch {
		case t.kind == tokNum || t.kind == tokSym || t.class&clsDate != 0:
			// A minus sign before a numeral starts its number.
			return max(k-1, 0)
		case t.class&clsNumber != 0:
			// "a" and "an" start a number only before a scale or
			// fraction word ("a hundred", "a third"): ask the parser.
			if _, ok := parseNumberAt(toks, k); ok {
				return max(k-1, 0)
			}
		}
	}
	return -1
}

// chunkEnd picks where the chunk that starts at pos ends: the first blank
// line after pos+size, else the first line break after end punctuation,
// else the first sentence end (". " before a capital), else the first
// space; never inside a UTF-8 sequence. It looks at most 2×size bytes past
// pos, so a stream can pick the same ends as a whole document.
func chunkEnd(src string, pos, size int) int {
	if len(src)-pos <= size {
		return len(src)
	}
	from := pos + size
	limit := min(len(src), from+size)
	window := src[from:limit]
	if i := strings.Index(window, "\n\n"); i >= 0 {
		return from + i + 1
	}
	for i := 0; i < len(window); i++ {
		if window[i] == '\n' && i > 0 && strings.IndexByte(".!?\"", window[i-1]) >= 0 {
			return from + i + 1
		}
	}
	for i := 0; i+2 < len(window); i++ {
		if window[i] == '.' && window[i+1] == ' ' && window[i+2] >= 'A' && window[i+2] <= 'Z' {
			return from + i + 2
		}
	}
	if i := strings.IndexAny(window, " \t\n"); i >= 0 {
		return from + i + 1
	}
	// No space in a whole window: cut at a rune boundary.
	for limit < len(src) && limit > from && !utf8.RuneStart(src[limit]) {
		limit--
	}
	return limit
}

// sentence extracts the facts of one sentence.
func (w *work) sentence(toks []token) {
	if len(toks) == 0 {
		return
	}
	if cap(w.used) < len(toks) {
		w.used = make([]bool, len(toks)*2)
	}
	w.used = w.used[:len(toks)]
	for i := range w.used {
		w.used[i] = false
	}
	// The sentence state lives in work: handed to the rules through an
	// interface, it would otherwise be allocated for every sentence.
	w.sent = sent{w: w, toks: toks, used: w.used}
	s := &w.sent
	w.floats = w.floats[:0]
	w.spans = w.spans[:0]
	w.monthDates = w.monthDates[:0]
	s.start, s.end = int(toks[0].start), int(toks[len(toks)-1].end)
	w.sentText = ""

	// Dates of words first (months, weekdays): they claim the numbers in
	// them (4 July 2023) before any other rule reads those numbers.
	s.dates()
	w.nums = parseNumbers(toks, w.numsFrom, w.nums)
	w.cands = w.cands[:0]
	for _, n := range w.nums {
		if s.claimed(n.i, n.j) {
			continue
		}
		// In place: a 400-byte cand built apart and appended is
		// zeroed and then copied, through a write barrier.
		k := len(w.cands)
		if k < cap(w.cands) {
			w.cands = w.cands[:k+1]
			w.cands[k] = cand{}
		} else {
			w.cands = append(w.cands, cand{})
		}
		c := &w.cands[k]
		c.n, c.i, c.j = n, n.i, n.j
	}
	s.markTallies(w.cands)
	s.joinRanges(&w.cands)
	w.table.read(s, &w.cands)
	for ci := range w.cands {
		c := &w.cands[ci]
		if s.claimed(c.i, c.j) {
			continue
		}
		for _, r := range rules {
			if r.Apply(s, c) {
				c.rule = r.Name()
				break
			}
		}
		if c.kind == "" {
			continue
		}
		s.ordinalToll(c)
		s.claim(c.i, c.j)
	}
	s.linkChanges(w.cands)
	s.mergeBounds(w.cands)
	s.shareUnits(w.cands)
	s.shareElidedSubject(w.cands)
	s.shareChangeSubject(w.cands)
	s.tallyFacts(w.cands)
	fr := &w.frames
	framed := false
	w.framed = w.framed[:0]
	for ci := range w.cands {
		c := &w.cands[ci]
		if c.kind != "" && c.plausible() {
			if !framed {
				s.readFrames(w.cands, fr)
				framed = true
			}
			f := s.fact(c)
			w.framed = append(w.framed, framedFact{c, len(w.facts) - 1})
			s.frameOf(c, f, fr, w.cands)
		}
	}
	s.shareClauseTimes(w.framed)
}

// sent is the state of the sentence being read.
type sent struct {
	w          *work
	toks       []token
	used       []bool
	start, end int
	ctx        uint8 // contexts of the sentence (ctxMoney…), once ctxRead
	ctxRead    bool
	// proj: the sentence holds the words of a projected clause, once
	// projRead (mayProject).
	proj, projRead bool
}

func (s *sent) claimed(i, j int) bool {
	for k := i; k < j && k < len(s.used); k++ {
		if s.used[k] {
			return true
		}
	}
	return false
}

func (s *sent) claim(i, j int) {
	for k := i; k < j && k < len(s.used); k++ {
		s.used[k] = true
	}
}

// word returns the normalised text of token k, or "" outside the sentence.
func (s *sent) word(k int) string {
	if k < 0 || k >= len(s.toks) {
		return ""
	}
	return s.toks[k].text
}

// is reports whether token k of the sentence is a word of class c (false
// outside the sentence): c's word list holds the token's text.
func (s *sent) is(k int, c wordClass) bool {
	return k >= 0 && k < len(s.toks) && s.toks[k].class&c != 0
}

// fact turns a finished candidate into a Fact, added to the sentence's
// facts, and returns it. The fact is filled in place: a 400-byte Fact
// built apart and copied in costs a bulk write barrier while the
// collector runs.
func (s *sent) fact(c *cand) *Fact {
	w := s.w
	start, end := int(s.toks[c.i].start), int(s.toks[c.j-1].end)
	n := len(w.facts)
	if n < cap(w.facts) {
		w.facts = w.facts[:n+1]
		// The room past the collector's buffers' length is always zero
		// (made so, or cleared after a document or a sentence moved
		// apart), and so is that of an array append grew; only
		// ownFacts, reused across sentences, holds old facts. Comparing
		// first reads it, while clearing it runs a bulk write barrier
		// over its pointers whenever the collector is marking.
		if w.sink == nil {
			if f := (*factBytes)(unsafe.Pointer(&w.facts[n])); *f != zeroFact {
				w.facts[n] = Fact{}
			}
		}
	} else {
		w.facts = append(w.facts, Fact{})
	}
	f := &w.facts[n]
	f.Type = "fact"
	f.Doc = w.doc
	f.Kind = c.kind
	f.Bound = c.bound
	f.Unit = c.unit
	f.Subject = c.subject
	f.Event = c.event
	f.Text = w.src[start:end]
	f.Start = w.base + start
	f.End = w.base + end
	f.Line = w.lineOf(start)
	f.Sentence = w.sentenceText(s.toks, s.start, s.end)
	f.Date = c.date
	if c.kind == KindCount && thousandsDot(c.n) {
		c.conf = min(c.conf, 0.5)
	}
	f.Confidence = c.conf
	f.Uncertain = c.conf < 0.7
	f.Rule = c.rule
	f.ChangeRole = c.role
	if c.kind != KindDate {
		// The fact's numbers come from a slab; its fields point into it.
		if len(w.vals) < 8 {
			w.vals = make([]float64, 8*256)
		}
		vals := w.vals[:8:8]
		w.vals = w.vals[8:]
		vals[0] = c.value
		f.Value = &vals[0]
		if c.low != nil {
			vals[1] = *c.low
			f.Low = &vals[1]
		}
		if c.high != nil {
			vals[2] = *c.high
			f.High = &vals[2]
		}
		f.Precision = c.n.precision
		switch c.change {
		case "up":
			f.Change = &changeUp
		case "down":
			f.Change = &changeDown
		}
		if c.hasFrom {
			vals[3] = c.from
			f.From = &vals[3]
		}
		setBase(f, (*[3]float64)(vals[4:7]))
		if c.writtenUnit != "" {
			vals[7] = c.writtenValue
			f.WrittenValue, f.WrittenUnit = &vals[7], c.writtenUnit
		}
	}
	if f.Bound == "" {
		f.Bound = BoundExact
	}
	return f
}

// factBytes is the memory of a Fact, compared with zeroFact as one block
// (the comparison of Facts field by field costs several times more).
type factBytes [unsafe.Sizeof(Fact{})]byte

var zeroFact factBytes

// ptr returns a pointer to v that lives until the next sentence, for a
// candidate's interval (fact copies the values into the fact's own slab).
func (s *sent) ptr(v float64) *float64 {
	w := s.w
	if len(w.floats) == cap(w.floats) {
		// A new array: the pointers into the full one stay valid.
		w.floats = make([]float64, 0, max(64, 2*cap(w.floats)))
	}
	w.floats = append(w.floats, v)
	return &w.floats[len(w.floats)-1]
}

// span returns a pointer to a copy of n that lives until the next
// sentence, for the upper end of a candidate's range, from a slab rather
// than one allocation each.
func (s *sent) span(n numSpan) *numSpan {
	w := s.w
	if len(w.spans) == cap(w.spans) {
		// A new array: the pointers into the full one stay valid.
		w.spans = make([]numSpan, 0, max(16, 2*cap(w.spans)))
	}
	w.spans = append(w.spans, n)
	return &w.spans[len(w.spans)-1]
}

// The change directions, shared by every fact that points at one.
var changeUp, changeDown = "up", "down"

// advanceLines moves the line count to document offset base, the start of
// the next window (which overlaps the last one by at most lookBehind).
func (w *work) advanceLines(base int) {
	if w.src != "" {
		w.line += strings.Count(w.src[:base-w.base], "\n")
	}
}

// lineOf returns the 1-based line of window offset pos.
func (w *work) lineOf(pos int) int {
	if !w.linesRead {
		w.linesRead = true
		w.lineEnds = w.lineEnds[:0]
		w.lineAt = 0
		for i := 0; i < len(w.src); {
			j := strings.IndexByte(w.src[i:], '\n')
			if j < 0 {
				break
			}
			w.lineEnds = append(w.lineEnds, i+j)
			i += j + 1
		}
	}
	// Facts come nearly in order: walk on from the last fact's line, and
	// search only for a fact before it.
	i := w.lineAt
	if i > 0 && w.lineEnds[i-1] >= pos {
		i = sort.SearchInts(w.lineEnds, pos)
	} else {
		for i < len(w.lineEnds) && w.lineEnds[i] < pos {
			i++
		}
	}
	w.lineAt = i
	return w.line + i
}

// sentence returns the text of a sentence with its white space folded; the
// text of one sentence is built once however many facts it holds.
func (w *work) sentenceText(toks []token, start, end int) string {
	if w.sentText != "" && w.sentStart == start {
		return w.sentText
	}
	w.sentStart = start
	if text := w.src[start:end]; gapsNeedFold(w.src, toks) {
		w.sentText = w.strs.foldSpace(text)
	} else {
		w.sentText = text
	}
	return w.sentText
}

// gapsNeedFold is needsFold of the text from toks' first token to its
// last, read from the gaps between them: a token holds no line break, tab
// or carriage return and neither starts nor ends with a space (a numeral
// holds single spaces between its groups at most), so only a gap can hold
// what needsFold looks for, and the gap before a token is empty when no
// white space went before it and most often one space
// (TestGapsNeedFold).
func gapsNeedFold(src string, toks []token) bool {
	for k := 1; k < len(toks); k++ {
		t := &toks[k]
		if !t.space {
			continue
		}
		if t.newline {
			return true
		}
		if from := toks[k-1].end; t.start-from != 1 || src[from] != ' ' {
			if needsFold(src[from:t.start]) {
				return true
			}
		}
	}
	return false
}

// needsFold reports whether s holds a line break, tab, carriage return or
// two spaces in a row, in one pass that reads eight bytes at a time (four
// scans, one of them stopping at every space of the sentence, cost more).
func needsFold(s string) bool {
	const ones, highs, lows = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	prevSpace := false // the byte before the eight read is a space
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load64(s[i:])
		// A high bit for each byte that is a space, exactly: the bytes
		// of x^0x20… that are zero.
		t := x ^ 0x20*ones
		sp := ^((t&lows + lows) | t | lows)
		if sp&(sp<<8) != 0 || prevSpace && sp&0x80 != 0 {
			return true
		}
		prevSpace = sp>>63 != 0
		// A byte below 0x0e ('\t', '\n', '\r' and a few others): read
		// those eight bytes one by one.
		if ^((x&lows)+(0x80-0x0e)*ones)&^x&highs != 0 {
			for _, c := range []byte(s[i : i+8]) {
				if c == '\n' || c == '\t' || c == '\r' {
					return true
				}
			}
		}
	}
	for ; i < len(s); i++ {
		switch s[i] {
		case '\n', '\t', '\r':
			return true
		case ' ':
			if prevSpace {
				return true
			}
			prevSpace = true
		default:
			prevSpace = false
		}
	}
	return false
}

// thousandsDot reports a count of whole things written with digits, one
// or more, with exactly three decimals and no scale ("1.234 people",
// "cases 18.261"; not "0.425 of a share"): most likely a thousands
// separator in the European way, or a slip; the figure is kept as written
// and marked uncertain, never guessed.
func thousandsDot(n numSpan) bool {
	return n.digits && !n.scaled && !n.share && n.mult == 0 && n.value >= 1 && n.precision > 0.0009 && n.precision < 0.0011 && n.value != math.Trunc(n.value)
}
