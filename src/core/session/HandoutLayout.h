#pragma once
// Page flow of a printed handout: which page each block (the title block, one
// block per step, the closing figures) goes on and how far down, given the
// blocks' heights. Pure arithmetic in PDF points; the drawing is the app's.
#include <vector>

namespace backrub {

struct HandoutBlock {
    double heightPt = 0.0;
    bool newPage = false;  // starts a page of its own (the closing figures)
};

struct BlockPlace {
    int page = 0;         // 0-based
    double topPt = 0.0;   // from the top of the page's content area
    bool tooTall = false; // taller than a whole content area: alone on its page, the caller must shrink it
};

struct HandoutFlow {
    std::vector<BlockPlace> places;  // one per block, in order
    int pageCount = 0;
};

// Places the blocks one below the other with gapPt between them. A block that
// does not fit in what is left of a page moves to the next page, so a block is
// never split; one taller than contentHeightPt gets a page to itself and is marked.
// Negative or non-finite heights count as 0; no blocks give one empty page.
HandoutFlow flowHandout(const std::vector<HandoutBlock>& blocks, double contentHeightPt, double gapPt);

}  // namespace backrub
