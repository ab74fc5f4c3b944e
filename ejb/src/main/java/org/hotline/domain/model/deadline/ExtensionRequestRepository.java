package org.hotline.domain.model.deadline;

import java.util.List;
import java.util.Optional;

public interface ExtensionRequestRepository {

  void add(ExtensionRequest request);

  Optional<ExtensionRequest> find(Long id);

  List<ExtensionRequest> ofTicket(Long ticketId);

  /** Open requests on tickets owned by the unit. */
  List<ExtensionRequest> openForUnit(String unitCode);
}
