package org.opencontest.shared.persistence;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A {@link Pageable} that starts at any row, for APIs that take {@code offset} and {@code limit}. A
 * {@code PageRequest} can only start at a multiple of its size, so {@code offset / limit} turned offset 1, limit 2
 * into the first page again; Spring Data's queries read {@link #getOffset()} and {@link #getPageSize()} only.
 */
public record OffsetPageRequest(long offset, int limit, Sort sort) implements Pageable {

    public OffsetPageRequest {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1, was " + offset + ", " + limit);
        }
    }

    public static OffsetPageRequest of(long offset, int limit) {
        return new OffsetPageRequest(offset, limit, Sort.unsorted());
    }

    @Override
    public int getPageNumber() {
        return (int) (offset / limit);
    }

    @Override
    public int getPageSize() {
        return limit;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return sort;
    }

    @Override
    public Pageable next() {
        return new OffsetPageRequest(offset + limit, limit, sort);
    }

    @Override
    public Pageable previousOrFirst() {
        return hasPrevious() ? new OffsetPageRequest(Math.max(offset - limit, 0), limit, sort) : first();
    }

    @Override
    public Pageable first() {
        return new OffsetPageRequest(0, limit, sort);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetPageRequest((long) pageNumber * limit, limit, sort);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }
}
