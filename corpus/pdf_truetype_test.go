package corpus

import (
	"encoding/binary"
	"testing"
)

// pdfTTF builds a TrueType file holding only a cmap table with one
// subtable (platform, encoding) of format 4 mapping the segments given as
// start, end, glyph id of start.
func pdfTTF(plat, enc uint16, segs [][3]uint16) []byte {
	be := binary.BigEndian
	segs = append(segs, [3]uint16{0xFFFF, 0xFFFF, 0})
	n := len(segs)
	sub := make([]byte, 16+8*n)
	be.PutUint16(sub[0:], 4)
	be.PutUint16(sub[2:], uint16(len(sub)))
	be.PutUint16(sub[6:], uint16(2*n))
	for i, s := range segs {
		be.PutUint16(sub[14+2*i:], s[1])          // end
		be.PutUint16(sub[16+2*n+2*i:], s[0])      // start
		be.PutUint16(sub[16+4*n+2*i:], s[2]-s[0]) // delta
		if s[0] == 0xFFFF {
			be.PutUint16(sub[16+4*n+2*i:], 1)
		}
	}
	cmap := make([]byte, 12, 12+len(sub))
	be.PutUint16(cmap[2:], 1)
	be.PutUint16(cmap[4:], plat)
	be.PutUint16(cmap[6:], enc)
	be.PutUint32(cmap[8:], 12)
	cmap = append(cmap, sub...)
	font := make([]byte, 12+16, 12+16+len(cmap))
	be.PutUint16(font[4:], 1)
	copy(font[12:], "cmap")
	be.PutUint32(font[12+8:], 28)
	be.PutUint32(font[12+12:], uint32(len(cmap)))
	return append(font, cmap...)
}

func TestPDFTrueTypeCmap(t *testing.T) {
	font := pdfTTF(3, 1, [][3]uint16{{'A', 'Z', 36}, {0x1ED8, 0x1ED8, 1244}, {'a', 'c', 68}})
	got := pdfTrueTypeCmap(font)
	for gid, want := range map[uint16]rune{36: 'A', 38: 'C', 61: 'Z', 1244: 'Ộ', 68: 'a', 70: 'c'} {
		if got[gid] != want {
			t.Errorf("glyph %d → %q, want %q", gid, got[gid], want)
		}
	}
	if len(got) != 26+1+3 {
		t.Errorf("%d glyphs mapped, want 30", len(got))
	}
	// a symbolic-only cmap says nothing about Unicode
	if got := pdfTrueTypeCmap(pdfTTF(3, 0, [][3]uint16{{0xF020, 0xF07E, 3}})); len(got) != 0 {
		t.Errorf("symbolic cmap read as Unicode: %d glyphs", len(got))
	}
	for _, bad := range [][]byte{nil, []byte("true"), font[:20], font[:len(font)-10]} {
		pdfTrueTypeCmap(bad) // no panic
	}
}

func FuzzTrueTypeCmap(f *testing.F) {
	f.Add(pdfTTF(3, 1, [][3]uint16{{'A', 'Z', 36}}))
	f.Add(pdfTTF(0, 3, [][3]uint16{{0x100, 0x1FF, 500}}))
	f.Fuzz(func(t *testing.T, font []byte) {
		if m := pdfTrueTypeCmap(font); len(m) > 1<<16 {
			t.Fatalf("%d glyphs", len(m))
		}
	})
}
