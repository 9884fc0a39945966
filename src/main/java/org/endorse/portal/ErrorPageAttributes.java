package org.endorse.portal;

import java.util.Map;

import org.endorse.system.RequestLimits;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What Spring Boot's error page knows besides the status: for a form too large, the limit of the address it was
 * sent to, in megabytes, so that the page says how much that form takes.
 */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        if (request.getAttribute(RequestLimits.LIMIT_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Integer kb) {
            attributes.put("bodyLimitMb", kb / 1024.0);
        }
        return attributes;
    }
}
