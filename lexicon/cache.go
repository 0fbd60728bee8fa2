package lexicon

import "sync/atomic"

// readCache remembers the readings of recent words, so a comparer asking about the same
// words again and again skips morphology. It is a direct-mapped table of fixed-size slots
// written and read only through atomics, with a sequence number per slot (odd while a
// writer fills it), so it is safe for concurrent use and never allocates. Words longer
// than cachedWordBytes, and phrases the table lacks, are not cached.
type readCache struct {
	slots []cacheSlot
	mask  uint64
}

const (
	cacheSlots      = 1 << 13
	cachedWordBytes = 32
)

type cacheSlot struct {
	seq  atomic.Uint32
	word [cachedWordBytes / 8]atomic.Uint64 // the word's bytes, little-endian, zero-padded
	ids  atomic.Uint64                      // base | self<<32
	meta atomic.Uint64                      // length | base mask<<8 | known<<16 | other<<17 | phrase<<18
}

func newReadCache() readCache {
	return readCache{slots: make([]cacheSlot, cacheSlots), mask: cacheSlots - 1}
}

// packWord returns w's bytes as words for comparison, or false when w does not fit.
func packWord(w string) (p [cachedWordBytes / 8]uint64, ok bool) {
	if len(w) == 0 || len(w) > cachedWordBytes {
		return p, false
	}
	i := 0
	for ; i+8 <= len(w); i += 8 { // the compiler merges these loads into one
		p[i/8] = uint64(w[i]) | uint64(w[i+1])<<8 | uint64(w[i+2])<<16 | uint64(w[i+3])<<24 |
			uint64(w[i+4])<<32 | uint64(w[i+5])<<40 | uint64(w[i+6])<<48 | uint64(w[i+7])<<56
	}
	for ; i < len(w); i++ {
		p[i/8] |= uint64(w[i]) << (8 * (i % 8))
	}
	return p, true
}

func (c *readCache) get(h uint64, w string, packed *[cachedWordBytes / 8]uint64) (reading, bool) {
	s := &c.slots[h&c.mask]
	seq := s.seq.Load()
	if seq&1 != 0 {
		return reading{}, false
	}
	meta := s.meta.Load()
	if int(meta&0xff) != len(w) {
		return reading{}, false
	}
	for i := range packed {
		if s.word[i].Load() != packed[i] {
			return reading{}, false
		}
	}
	ids := s.ids.Load()
	if s.seq.Load() != seq {
		return reading{}, false
	}
	r := reading{
		base:     uint32(ids),
		self:     uint32(ids >> 32),
		baseMask: uint8(meta >> 8),
		known:    meta>>16&1 != 0,
		other:    meta>>17&1 != 0,
	}
	// only single words and phrases the table holds whole are cached
	// (put): a word is its own head, a whole phrase has neither prefix nor
	// head, as readUncached gives them
	if meta>>18&1 == 0 {
		r.head = w
	}
	return r, true
}

// put stores a reading unless another writer holds the slot.
func (c *readCache) put(h uint64, w string, packed *[cachedWordBytes / 8]uint64, r reading) {
	s := &c.slots[h&c.mask]
	seq := s.seq.Load()
	if seq&1 != 0 || !s.seq.CompareAndSwap(seq, seq+1) {
		return
	}
	for i := range packed {
		s.word[i].Store(packed[i])
	}
	s.ids.Store(uint64(r.base) | uint64(r.self)<<32)
	meta := uint64(len(w)) | uint64(r.baseMask)<<8
	if r.known {
		meta |= 1 << 16
	}
	if r.other {
		meta |= 1 << 17
	}
	if r.head == "" {
		meta |= 1 << 18 // a phrase the table holds whole
	}
	s.meta.Store(meta)
	s.seq.Store(seq + 2)
}
