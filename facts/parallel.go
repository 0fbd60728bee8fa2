package facts

import (
	"strings"
	"sync"
	"unsafe"
)

// A document is read in chunks (chunkEnd), and what a chunk finds depends
// on the chunks before it only through a little state: the line it starts
// on, a text table's header still open, the last counted noun ("Seven of
// them" opening the next sentence) and the last share of a vote. A
// ParallelStream reads chunks on several goroutines, each as if it opened
// the document, and then checks each in order against the state the
// chunks before it left: a chunk that never read that state, or read it
// where it was the opening state anyway, found exactly what a serial read
// finds; any other is read again in order. Chunks that need the state are
// rare (a table or a "them" across a chunk's first line), so the reads
// stay parallel.

// carryUse records how a chunk used the state inherited from the chunks
// before it.
type carryUse struct {
	countedSet, shareSet   bool // the chunk wrote lastCounted, lastShare
	countedRead, shareRead bool // it read one before writing it
	shareReadAt            int  // the document offset of that first read of lastShare
}

// counted returns the last counted noun, noting a read of the inherited
// one.
func (w *work) counted() string {
	if !w.carry.countedSet {
		w.carry.countedRead = true
	}
	return w.lastCounted
}

// setCounted sets the last counted noun.
func (w *work) setCounted(v string) {
	w.lastCounted, w.carry.countedSet = v, true
}

// shareReach is how far, in bytes, a share of the vote carries on to a
// named side's bare percentage ("Labour won 40% of the vote. The Greens
// 9%"): a few paragraphs, not the rest of a long document.
const shareReach = 2000

// share returns the measure of the last share of a vote if it was read
// at most shareReach bytes before document offset at, noting a read of the
// inherited one.
func (w *work) share(at int) string {
	if !w.carry.shareSet && !w.carry.shareRead {
		w.carry.shareRead, w.carry.shareReadAt = true, at
	}
	if at-w.lastShareAt > shareReach {
		return ""
	}
	return w.lastShare
}

// setShare sets the measure of the last share of a vote, read at
// document offset at.
func (w *work) setShare(v string, at int) {
	w.lastShare, w.lastShareAt, w.carry.shareSet = v, at, true
}

// carried is the state a chunk inherits.
type carried struct {
	table                  table
	lastCounted, lastShare string
	lastShareAt            int
}

// opening reports whether c is the state a document opens with.
func (c *carried) opening() bool {
	return c.lastCounted == "" && c.lastShare == "" && !c.table.open()
}

// chunkJob is one chunk of a ParallelStream.
type chunkJob struct {
	window     string // the chunk and the bytes before it the lexer looks at
	base, from int    // window's offset in the document, the chunk's in the window
	line       int    // the line of window's first byte
	facts      []Fact
	enc        ChunkEncoder // NewParallelChunks: the chunk's facts go to it, not to facts
	sized      sized        // enc, when it tells the bytes it holds
	count      int          // facts added since the last hand-on
	reported   int          // what it held when it last looked (hold)
	w          *work        // its reader
	// live: the chunk is the oldest and its facts are those of a serial
	// read (its reader has the state the chunks before it left), so what
	// it holds is handed on as it comes; drop: the oldest, but it read
	// that state where it differs, so it is read again in order and its
	// reader keeps nothing more.
	live, drop bool
	use        carryUse
	end        carried       // the state the chunk left, read from the opening state
	done       chan struct{} // closed once read
	ready      chan struct{} // its reader, the oldest's, asks for what it holds to be handed on
	resume     chan struct{} // and goes on once it is
}

// sized is an encoder that tells how many bytes it holds.
type sized interface{ Len() int }

// factSize is what a fact held in a chunk's facts counts for.
const factSize = int(unsafe.Sizeof(Fact{}))

// size is about how many bytes the chunk holds for the facts it found
// since the last hand-on.
func (j *chunkJob) size() int {
	if j.sized != nil {
		return j.sized.Len()
	}
	return j.count * factSize
}

// What the chunks hold is bounded in bytes, not only in chunks: a chunk
// of figures packed on one line without a full stop makes a hundred times
// its size of output or more (on two readers, 2n chunks waiting to be
// handed on held 200 MB). The chunks not handed on hold at most about
// holdLimit bytes between them: a reader past it waits until its chunk is
// the oldest, or what older ones hold is handed on. The oldest never
// waits; it hands on what it holds each time it passes headStep bytes,
// once its facts are known to be those of a serial read (handPart). So a
// writer that falls behind holds the readers back rather than their
// output piling up. A reader looks at what it holds every holdStep bytes.
var (
	holdLimit = 4 << 20
	headStep  = 512 << 10
	holdStep  = 64 << 10
)

// ParallelStream extracts the facts of one document written to it piece
// by piece, as Stream does, reading up to n chunks at once. It finds
// exactly the facts Stream finds, and calls fn with them in the same
// order, on the goroutine that calls Write and Close. It holds at most
// 2n+2 chunks of text, and of their facts (or of what their encoders make
// of them) about holdLimit+headStep bytes, whatever their number.
type ParallelStream struct {
	doc    string
	fn     func(*Fact)
	newEnc func() ChunkEncoder               // NewParallelChunks: an encoder per chunk, on its reading goroutine
	got    func(enc ChunkEncoder, done bool) // and each handed on in order
	n      int
	// free holds the readers' buffers, one per reading goroutine: taking
	// one is the right to read a chunk, and the buffers stay warm from
	// chunk to chunk (a pool's, emptied at each collection, were made
	// anew and scanned as garbage).
	free chan *work
	wait []*chunkJob // chunks sent, in order, not yet handed to fn

	// mu guards head, the oldest chunk not handed on, and held, the
	// bytes the chunks not handed on reported holding; cond wakes the
	// readers that wait for either to change.
	mu   sync.Mutex
	cond sync.Cond
	head *chunkJob
	held int

	chunks
	line   int // the line of buf[pos]
	state  carried
	serial *work // reads again a chunk that needed the state before it
}

// NewParallelStream returns a ParallelStream that reads up to n chunks at
// once (n < 1 is 1) and calls fn with each fact of document doc in order
// of offset. The *Fact is valid only during the call.
func NewParallelStream(doc string, n int, fn func(*Fact)) *ParallelStream {
	n = max(n, 1)
	s := &ParallelStream{doc: doc, fn: fn, n: n, free: make(chan *work, n), line: 1}
	s.cond.L = &s.mu
	for range n {
		s.free <- nil // made on first use
	}
	return s
}

// A ChunkEncoder makes what its caller wants of one chunk's facts (their
// encoding, say), on the goroutine that reads the chunk: Add is given each
// fact in order, valid only during the call. No fact is kept for it. An
// encoder that also has a method Len() int, the bytes it holds, is held
// back by them (holdLimit); one without counts as the facts it was given.
type ChunkEncoder interface {
	Add(f *Fact)
}

// NewParallelChunks returns a ParallelStream that gives each chunk's facts
// to an encoder of its own (newEnc) on the goroutine that reads the chunk,
// and hands the encoders to got in the document's order, so that the work
// of encoding is spread over the readers too and the facts themselves are
// never held. got may be given a chunk's encoder several times while the
// chunk is read, to take what it holds so far (done false), and then once
// more when it is read (done true); it runs on the goroutine that calls
// Write and Close, never while the encoder is given a fact. An encoder
// whose chunk must be read again in order (independent) is dropped unseen
// and a new one is given that reading.
func NewParallelChunks(doc string, n int, newEnc func() ChunkEncoder, got func(enc ChunkEncoder, done bool)) *ParallelStream {
	s := NewParallelStream(doc, n, nil)
	s.newEnc, s.got = newEnc, got
	return s
}

// Write adds text to the document and starts reading every chunk whose
// end is now known. It never fails.
func (s *ParallelStream) Write(p []byte) (int, error) {
	s.write(p, s.send)
	return len(p), nil
}

// Close reads the rest of the document and hands every fact to fn. The
// ParallelStream cannot be used after.
func (s *ParallelStream) Close() error {
	s.rest(s.send)
	for len(s.wait) > 0 {
		s.next()
	}
	if s.serial != nil {
		s.serial.emit = nil
		workers.Put(s.serial)
		s.serial = nil
	}
	for range s.n {
		if w := <-s.free; w != nil {
			w.emit = nil
			workers.Put(w)
		}
	}
	s.buf = nil
	return nil
}

// send starts reading the chunk buf[pos:end], first handing on the oldest
// chunk when as many wait as the stream may hold. While it waits for a
// reader, it hands on what the oldest chunk has for it.
func (s *ParallelStream) send(end int) {
	from := max(0, s.pos-lookBehind)
	j := &chunkJob{
		window: string(s.buf[from:end]), // a copy: facts may point into it
		base:   s.base + from,
		from:   s.pos - from,
		line:   s.line - strings.Count(unsafe.String(unsafe.SliceData(s.buf[from:]), s.pos-from), "\n"),
		done:   make(chan struct{}),
		ready:  make(chan struct{}),
		resume: make(chan struct{}),
	}
	s.line += strings.Count(unsafe.String(unsafe.SliceData(s.buf[s.pos:]), end-s.pos), "\n")
	s.pos = end
	for len(s.wait) >= 2*s.n {
		s.next()
	}
	s.wait = append(s.wait, j)
	if len(s.wait) == 1 {
		s.setHead()
	}
	var w *work
	for taken := false; !taken; {
		h := s.wait[0]
		select {
		case w = <-s.free:
			taken = true
		case <-h.done:
			s.handOn()
		case <-h.ready:
			s.handPart(h)
		}
	}
	if w == nil {
		w = workers.Get().(*work)
	}
	go func() {
		j.read(s, w)
		s.free <- w
	}()
}

// next waits for the oldest chunk to be read, and hands it on, or to ask
// for what it holds to be handed on.
func (s *ParallelStream) next() {
	h := s.wait[0]
	select {
	case <-h.done:
		s.handOn()
	case <-h.ready:
		s.handPart(h)
	}
}

// setHead notes the oldest chunk not handed on, which holds what it
// finds back no more, and wakes the readers that wait.
func (s *ParallelStream) setHead() {
	var h *chunkJob
	if len(s.wait) > 0 {
		h = s.wait[0]
	}
	s.mu.Lock()
	s.head = h
	s.cond.Broadcast()
	s.mu.Unlock()
}

// read extracts the chunk with reader w as if the document opened with
// it, into its facts or, given newEnc, into an encoder of its own.
func (j *chunkJob) read(s *ParallelStream, w *work) {
	defer close(j.done)
	j.w = w
	if s.newEnc != nil {
		j.enc = s.newEnc()
		j.sized, _ = j.enc.(sized)
	} else if b, ok := factSlices.Get().(*[]Fact); ok {
		j.facts = (*b)[:0]
	}
	w.reset(s.doc, func(f *Fact) { s.add(j, f) })
	w.carry = carryUse{}
	w.line = j.line
	w.chunk(j.window, j.base, j.from)
	j.use = w.carry
	j.end = carried{table: w.table.clone(), lastCounted: w.lastCounted, lastShare: w.lastShare, lastShareAt: w.lastShareAt}
	w.emit = nil
}

// add takes a fact of chunk j on its reader, and holds the reader back
// when the chunk holds enough.
func (s *ParallelStream) add(j *chunkJob, f *Fact) {
	if j.drop {
		return
	}
	if j.enc != nil {
		j.enc.Add(f)
	} else {
		j.facts = append(j.facts, *f)
	}
	j.count++
	if n := j.size(); n-j.reported >= holdStep {
		s.hold(j, n)
	}
}

// hold notes that chunk j holds n bytes. A chunk after the oldest waits
// while the chunks not handed on hold more than holdLimit between them;
// the oldest asks for what it holds to be handed on once it holds
// headStep.
func (s *ParallelStream) hold(j *chunkJob, n int) {
	s.mu.Lock()
	s.held += n - j.reported
	j.reported = n
	for s.head != j && s.held > holdLimit {
		s.cond.Wait()
	}
	head := s.head == j
	s.mu.Unlock()
	if !head || n < headStep {
		return
	}
	j.ready <- struct{}{}
	<-j.resume
	n = j.size()
	s.mu.Lock()
	s.held += n - j.reported
	j.reported = n
	s.cond.Broadcast()
	s.mu.Unlock()
}

// handPart hands on what the oldest chunk, whose reader waits, holds so
// far, if its facts are those of a serial read. They are when it read
// nothing of the state the chunks before it left that differs from the
// opening state: its reader is given that state, so that the rest of the
// chunk is read as in order. Else the chunk will be read again in order,
// and its reader keeps nothing more.
func (s *ParallelStream) handPart(j *chunkJob) {
	if !j.live && !j.drop {
		if s.state.opening() || s.independent(&j.w.carry) {
			w := j.w
			if !w.carry.countedSet {
				w.lastCounted = s.state.lastCounted
			}
			if !w.carry.shareSet {
				w.lastShare, w.lastShareAt = s.state.lastShare, s.state.lastShareAt
			}
			j.live = true
		} else {
			j.drop = true
		}
	}
	switch {
	case j.live && s.got != nil:
		s.got(j.enc, false)
	case j.live:
		for i := range j.facts {
			s.fn(&j.facts[i])
		}
		fallthrough
	default:
		clear(j.facts)
		j.facts = j.facts[:0]
	}
	j.count = 0
	j.resume <- struct{}{}
}

// handOn hands on the oldest chunk, read: it checks it against the state
// the chunks before it left (reading it again in order if it depended on
// that state) and hands its facts to fn.
func (s *ParallelStream) handOn() {
	j := s.wait[0]
	s.wait[0] = nil
	s.wait = s.wait[1:]
	<-j.done
	defer func() {
		s.mu.Lock()
		s.held -= j.reported // all handed on, or dropped
		s.mu.Unlock()
		s.setHead()
	}()
	if !j.drop && (j.live || s.state.opening() || s.independent(&j.use)) {
		if s.got != nil {
			s.got(j.enc, true)
		} else {
			for i := range j.facts {
				s.fn(&j.facts[i])
			}
		}
		s.recycle(j)
		if !j.use.countedSet {
			j.end.lastCounted = s.state.lastCounted
		}
		if !j.use.shareSet {
			j.end.lastShare, j.end.lastShareAt = s.state.lastShare, s.state.lastShareAt
		}
		s.state = j.end
		return
	}
	if s.serial == nil {
		s.serial = workers.Get().(*work)
	}
	w := s.serial
	var enc ChunkEncoder
	if s.got != nil {
		enc = s.newEnc() // read again into an encoder of its own
		sz, _ := enc.(sized)
		w.reset(s.doc, func(f *Fact) {
			enc.Add(f)
			if sz != nil && sz.Len() >= headStep {
				s.got(enc, false)
			}
		})
	} else {
		w.reset(s.doc, s.fn)
	}
	w.table = s.state.table.clone()
	w.lastCounted, w.lastShare, w.lastShareAt = s.state.lastCounted, s.state.lastShare, s.state.lastShareAt
	w.line = j.line
	w.chunk(j.window, j.base, j.from)
	if s.got != nil {
		s.got(enc, true)
	}
	s.recycle(j)
	s.state = carried{table: w.table.clone(), lastCounted: w.lastCounted, lastShare: w.lastShare, lastShareAt: w.lastShareAt}
}

// factSlices are the chunks' fact buffers, used again once handed on.
var factSlices sync.Pool

// recycle gives chunk j's fact buffer back, cleared of the strings its
// facts point to.
func (s *ParallelStream) recycle(j *chunkJob) {
	if cap(j.facts) == 0 {
		return
	}
	clear(j.facts)
	b := j.facts[:0]
	j.facts, j.enc = nil, nil
	factSlices.Put(&b)
}

// independent reports whether a chunk that used the inherited state as
// use tells read nothing of the state the
// chunks before it left that differs from the opening state.
func (s *ParallelStream) independent(use *carryUse) bool {
	st := &s.state
	return !st.table.open() &&
		(!use.countedRead || st.lastCounted == "") &&
		(!use.shareRead || st.lastShare == "" || use.shareReadAt-st.lastShareAt > shareReach)
}

// open reports a table's state that is not the cleared one: a header
// read, rows under it.
func (tb *table) open() bool {
	return tb.label != "" || len(tb.cols) > 0 || tb.rows > 0 || tb.total != ""
}

// clone returns a copy of the table's state that shares no slice with it.
func (tb *table) clone() table {
	c := *tb
	c.cols = append([]string(nil), tb.cols...)
	return c
}
