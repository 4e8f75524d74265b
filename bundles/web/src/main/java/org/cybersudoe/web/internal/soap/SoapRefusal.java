package org.cybersudoe.web.internal.soap;

import org.cybersudoe.web.internal.problem.Problem;

/**
 * A call refused at the SOAP edge before it reaches an endpoint, with the problem its fault
 * carries already written (in the caller's language, with its headers).
 */
final class SoapRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    SoapRefusal(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
