package nl.lse.platform.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a list: the items, where it is, and how many there are in all that the
 * caller may see.
 */
public record PageView<T>(List<T> items, int page, int size, long total) {

	public static final int MAX_SIZE = 100;

	/** One page of records as their views. */
	public static <E, T> PageView<T> of(Page<E> page, Function<E, T> view) {
		return new PageView<>(page.getContent().stream().map(view).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements());
	}

	/** Clamps what a client asks for to sane bounds. */
	public static int size(int requested) {
		return Math.max(1, Math.min(MAX_SIZE, requested));
	}

	public static int page(int requested) {
		return Math.max(0, Math.min(100_000, requested));
	}

	/** No records, for a list whose filters were refused. */
	public static <T> PageView<T> empty() {
		return new PageView<>(List.of(), 0, 20, 0);
	}

	/** Whether a page comes before this one. */
	public boolean hasPrevious() {
		return this.page > 0;
	}

	/** Whether a page comes after this one. */
	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.total;
	}

}
