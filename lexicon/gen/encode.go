package main

import (
	"encoding/binary"
	"fmt"

	"github.com/klauspost/compress/zstd"
)

// magic must match the lexicon package's decoder; bump it when the layout changes.
const magic = "figcheck lexicon 6\n"

// encode lays the table out as the lexicon package reads it (see the layout in
// lexicon/decode.go): unsigned varints throughout, names front-coded, sorted id lists as
// deltas, a lemma's senses relative to the next unseen synset id.
//
// It returns two parts, the names and the rest, which the decoder unpacks and reads on
// two cores.
func encode(t *table) (names, relations []byte) {
	names = append(names, magic...)
	names = binary.AppendUvarint(names, uint64(len(t.lemmas)))
	total := 0
	for _, l := range t.lemmas {
		total += len(l.name)
	}
	names = binary.AppendUvarint(names, uint64(total))
	prev := ""
	for _, l := range t.lemmas {
		shared := 0
		for shared < len(prev) && shared < len(l.name) && prev[shared] == l.name[shared] {
			shared++
		}
		names = binary.AppendUvarint(names, uint64(shared))
		names = binary.AppendUvarint(names, uint64(len(l.name)-shared))
		names = append(names, l.name[shared:]...)
		prev = l.name
	}

	var b []byte
	b = append(b, magic...)
	b = binary.AppendUvarint(b, uint64(len(t.lemmas)))
	b = binary.AppendUvarint(b, uint64(t.nKept))
	b = binary.AppendUvarint(b, uint64(t.nIDs))
	nLists, nHyps := 0, 0
	for _, l := range t.lemmas {
		nLists += len(l.derived) + len(l.antonyms)
		for _, senses := range l.senses {
			nLists += len(senses)
		}
	}
	for _, h := range t.hypernyms {
		nHyps += len(h)
	}
	b = binary.AppendUvarint(b, uint64(nLists))
	b = binary.AppendUvarint(b, uint64(nHyps))

	var counted []int
	for i, l := range t.lemmas {
		if l.count > 0 {
			counted = append(counted, i)
		}
	}
	b = binary.AppendUvarint(b, uint64(len(counted)))
	last := 0
	for _, i := range counted {
		b = binary.AppendUvarint(b, uint64(i-last))
		b = binary.AppendUvarint(b, uint64(min(t.lemmas[i].count, 0xffff)))
		last = i
	}

	next := uint32(0) // the next kept synset id not yet seen
	for _, l := range t.lemmas {
		var counts uint8 // two bits per part of speech
		for pos, senses := range l.senses {
			if len(senses) > 3 || (len(senses) > 0) != (l.posMask&(1<<pos) != 0) {
				panic(fmt.Sprintf("lemma %q: %d senses for part of speech %d, mask %b", l.name, len(senses), pos, l.posMask))
			}
			counts |= uint8(len(senses)) << (2 * pos)
		}
		b = append(b, counts)
		b = binary.AppendUvarint(b, uint64(len(l.derived)))
		b = binary.AppendUvarint(b, uint64(len(l.antonyms)))
		for _, senses := range l.senses {
			for _, id := range senses {
				if id == next {
					b = append(b, 0)
					next++
				} else {
					b = binary.AppendUvarint(b, uint64(next-id))
				}
			}
		}
		b = appendDeltas(b, l.derived)
		b = appendDeltas(b, l.antonyms)
	}
	for i, h := range t.hypernyms {
		b = binary.AppendUvarint(b, uint64(len(h)))
		b = binary.AppendUvarint(b, uint64(t.hyp2Start[i]))
		b = appendDeltas(b, h[:t.hyp2Start[i]])
		b = appendDeltas(b, h[t.hyp2Start[i]:])
	}
	for _, exc := range t.exceptions {
		b = binary.AppendUvarint(b, uint64(len(exc)))
		for _, e := range exc {
			b = binary.AppendUvarint(b, uint64(len(e.inflected)))
			b = append(b, e.inflected...)
			b = binary.AppendUvarint(b, uint64(e.base))
		}
	}
	b = binary.AppendUvarint(b, uint64(len(t.persons)))
	b = appendDeltas(b, t.persons)
	return names, b
}

// appendDeltas writes a sorted list as differences from the previous value.
func appendDeltas(b []byte, ids []uint32) []byte {
	prev := uint32(0)
	for _, id := range ids {
		b = binary.AppendUvarint(b, uint64(id-prev))
		prev = id
	}
	return b
}

// pack compresses the two parts as zstd frames, which decode several times faster than
// gzip and are smaller: the first frame's length, the first frame, the second frame. One
// encoder goroutine and fixed options make the bytes reproducible.
func pack(names, relations []byte) ([]byte, error) {
	enc, err := zstd.NewWriter(nil,
		zstd.WithEncoderLevel(zstd.SpeedBestCompression),
		zstd.WithEncoderConcurrency(1),
		zstd.WithEncoderCRC(true))
	if err != nil {
		return nil, err
	}
	defer enc.Close()
	first := enc.EncodeAll(names, nil)
	out := binary.AppendUvarint(nil, uint64(len(first)))
	out = append(out, first...)
	return enc.EncodeAll(relations, out), nil
}
