package nl.lse.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the JSON body of an API request ({@code lse.api.max-json-body}, 256 kB; the
 * largest valid body, a plan with its goals and actions, is far below): Tomcat's limit
 * covers form posts only, and {@code @Size} runs after the whole body is read. A declared
 * length over the cap is answered at once; a body without one (chunked) is counted while
 * it is read and refused when it passes the cap. Either way 413 as a ProblemDetail.
 */
@Component
class RequestBodyLimit extends OncePerRequestFilter {

	private final long max;

	RequestBodyLimit(@Value("${lse.api.max-json-body:256KB}") DataSize max) {
		this.max = max.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !request.getRequestURI().startsWith("/api/") || type == null
				|| !MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(type));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.max) {
			tooLarge(response, this.max);
			return;
		}
		chain.doFilter(new Capped(request, this.max), response);
	}

	static void tooLarge(HttpServletResponse response, long max) throws IOException {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Te groot\",\"status\":413,\"detail\":\"De aanvraag is groter"
					+ " dan " + (max / 1024) + " kB.\"}");
	}

	/** The body became too large while it was read. */
	static final class TooLarge extends IOException {

		TooLarge(long max) {
			super("request body over " + max + " bytes");
		}

	}

	private static final class Capped extends HttpServletRequestWrapper {

		private final long max;

		Capped(HttpServletRequest request, long max) {
			super(request);
			this.max = max;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream body = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = body.read();
					if (b >= 0) {
						count(1);
					}
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = body.read(buffer, offset, length);
					if (n > 0) {
						count(n);
					}
					return n;
				}

				private void count(int n) throws IOException {
					this.read += n;
					if (this.read > Capped.this.max) {
						throw new TooLarge(Capped.this.max);
					}
				}

				@Override
				public boolean isFinished() {
					return body.isFinished();
				}

				@Override
				public boolean isReady() {
					return body.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					body.setReadListener(listener);
				}

			};
		}

	}

}
