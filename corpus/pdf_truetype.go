package corpus

import (
	"encoding/binary"
	"io"

	"github.com/ledongthuc/pdf"
)

// A CID font with Identity-H codes and no ToUnicode map shows glyph ids:
// without help both this reader and pdftotext print them as code points
// ("&Ӝ1* HÒA" for "CỘNG HÒA"). The embedded TrueType program still has its
// cmap table (Unicode → glyph); inverting it gives the text back.

// pdfMaxFontFile bounds the embedded font program read for its cmap.
const pdfMaxFontFile = 16 << 20

// pdfGlyphUnicode returns glyph id → text for the CIDFont d (a
// DescendantFonts entry) from its embedded TrueType cmap, or nil.
func pdfGlyphUnicode(d pdf.Value) map[string]string {
	ff := d.Key("FontDescriptor").Key("FontFile2")
	if ff.Kind() != pdf.Stream {
		return nil
	}
	if m := d.Key("CIDToGIDMap"); m.Kind() == pdf.Stream {
		return nil // a CID → glyph table: rare, left to ToUnicode
	}
	rc := ff.Reader()
	defer rc.Close()
	font, err := io.ReadAll(io.LimitReader(rc, pdfMaxFontFile))
	if err != nil && len(font) == 0 {
		return nil
	}
	gids := pdfTrueTypeCmap(font)
	if len(gids) == 0 {
		return nil
	}
	out := make(map[string]string, len(gids))
	for gid, r := range gids {
		out[string([]byte{byte(gid >> 8), byte(gid)})] = string(r)
	}
	return out
}

// pdfTrueTypeCmap reads the Unicode cmap of a TrueType font (format 4 or
// 12 subtable, Windows or Unicode platform) and returns glyph id → rune,
// the smallest rune for a glyph mapped from several.
func pdfTrueTypeCmap(font []byte) map[uint16]rune {
	be := binary.BigEndian
	if len(font) < 12 {
		return nil
	}
	n := int(be.Uint16(font[4:]))
	var cmap []byte
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		if rec+16 > len(font) {
			return nil
		}
		if string(font[rec:rec+4]) == "cmap" {
			off, ln := int(be.Uint32(font[rec+8:])), int(be.Uint32(font[rec+12:]))
			if off < 0 || ln < 0 || off > len(font) || ln > len(font)-off {
				return nil
			}
			cmap = font[off : off+ln]
		}
	}
	if len(cmap) < 4 {
		return nil
	}
	best, bestRank := -1, 0
	for i := 0; i < int(be.Uint16(cmap[2:])); i++ {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			break
		}
		plat, enc := be.Uint16(cmap[rec:]), be.Uint16(cmap[rec+2:])
		off := int(be.Uint32(cmap[rec+4:]))
		if off < 0 || off+4 > len(cmap) {
			continue
		}
		format := be.Uint16(cmap[off:])
		rank := 0
		switch {
		case format == 12 && (plat == 3 && enc == 10 || plat == 0):
			rank = 3
		case format == 4 && (plat == 3 && enc == 1 || plat == 0):
			rank = 2
		}
		if rank > bestRank {
			best, bestRank = off, rank
		}
	}
	if best < 0 {
		return nil
	}
	out := make(map[uint16]rune)
	add := func(gid uint16, r rune) {
		if gid == 0 || r < 0x20 || r > 0x10FFFF || r >= 0xD800 && r < 0xE000 {
			return
		}
		if old, ok := out[gid]; !ok || r < old {
			out[gid] = r
		}
	}
	t := cmap[best:]
	switch be.Uint16(t) {
	case 4:
		if len(t) < 14 {
			return nil
		}
		segs := int(be.Uint16(t[6:])) / 2
		end, start := 14, 16+2*segs
		delta, rangeOff := start+2*segs, start+4*segs
		if rangeOff+2*segs > len(t) {
			return nil
		}
		for s := 0; s < segs; s++ {
			e, st := int(be.Uint16(t[end+2*s:])), int(be.Uint16(t[start+2*s:]))
			d, ro := be.Uint16(t[delta+2*s:]), int(be.Uint16(t[rangeOff+2*s:]))
			if e < st || e == 0xFFFF && st == 0xFFFF {
				continue
			}
			for c := st; c <= e; c++ {
				if ro == 0 {
					add(uint16(c)+d, rune(c))
					continue
				}
				p := rangeOff + 2*s + ro + 2*(c-st)
				if p+2 > len(t) {
					break
				}
				if g := be.Uint16(t[p:]); g != 0 {
					add(g+d, rune(c))
				}
			}
		}
	case 12:
		if len(t) < 16 {
			return nil
		}
		groups := int(be.Uint32(t[12:]))
		for g := 0; g < groups && 16+12*g+12 <= len(t); g++ {
			p := 16 + 12*g
			sc, ec, sg := be.Uint32(t[p:]), be.Uint32(t[p+4:]), be.Uint32(t[p+8:])
			if ec < sc || ec-sc > 0x10FFFF || len(out) > pdfMaxCodes {
				continue
			}
			for c := sc; c <= ec; c++ {
				if gid := sg + (c - sc); gid <= 0xFFFF {
					add(uint16(gid), rune(c))
				}
			}
		}
	}
	return out
}
