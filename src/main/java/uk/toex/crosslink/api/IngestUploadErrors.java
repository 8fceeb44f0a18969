package uk.toex.crosslink.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import uk.toex.crosslink.ingest.IngestAudit;
import uk.toex.crosslink.security.web.Purpose;

/**
 * Uploads refused while the multipart body is parsed, before any controller is chosen (so an
 * advice, not the controller's own handlers): a JSON error and an audit event, as for any push.
 * Only {@code POST /ingest} takes multipart bodies.
 */
@RestControllerAdvice
class IngestUploadErrors {

    private final IngestAudit audit;

    IngestUploadErrors(IngestAudit audit) {
        this.audit = audit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<?> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        audit.refused(request.getHeader(Purpose.HEADER), "TOO_LARGE");
        return IngestController.error(HttpStatus.PAYLOAD_TOO_LARGE, "batch: the upload is larger than allowed");
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ResponseEntity<?> notMultipart(Exception e, HttpServletRequest request) {
        audit.refused(request.getHeader(Purpose.HEADER), "NOT_MULTIPART");
        return IngestController.error(HttpStatus.BAD_REQUEST, "send the batch zip as multipart part 'batch'");
    }

}
